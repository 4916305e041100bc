export {
  array,
  number,
  object,
  oneOf,
  Schema,
  string,
  typeName,
  type Infer,
  type Issue,
  type IssueCode,
  type PathSegment,
  type Result,
} from './schema.js';
