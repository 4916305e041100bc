export enum Tier {
  Regular = 'regular',
  Member = 'member',
  Vip = 'vip',
}

export interface Customer {
  readonly name: string;
  readonly age: number;
  readonly tier: Tier;
}

/** Adults may buy the age-restricted items (wine, some games). */
export function isAdult(customer: Customer): boolean {
  return customer.age >= 18;
}

/** The discount a tier earns, in percent. */
export function tierDiscount(tier: Tier): number {
  switch (tier) {
    case Tier.Vip:
      return 15;
    case Tier.Member:
      return 5;
    default:
      return 0;
  }
}

/** How a customer is greeted on the receipt. */
export function greeting(customer: Customer): string {
  if (customer.tier === Tier.Vip) return `Welcome back, ${customer.name}!`;
  return `Hello, ${customer.name}`;
}
