/** What a lab worker posts on the lab's BroadcastChannel to ask for the instrumented files. A module of its own, so the worker need not load the lab (and piscina). */
export const SERVED_REQUEST = 'mutate: served?';
