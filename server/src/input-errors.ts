// Schema validation failures in the API's own words. Each route plugin names the ApiError that a bad value of
// each of its inputs stands for, so a request refused by a JSON schema gets the same { error: { code, field } }
// as one refused by a check in the handler.
import type { FastifySchemaValidationError } from 'fastify';
import { ApiError } from './errors.js';

/** Input name (a path parameter, query parameter or body property) → the error a bad value of it answers. */
export type InputErrors = Readonly<Record<string, () => ApiError>>;

type SchemaErrorFormatter = (errors: FastifySchemaValidationError[], dataVar: string) => ApiError;

/** The input an Ajv error is about: '/limit' → 'limit'; a missing required one by its name; none for the whole input. */
function inputName(error: FastifySchemaValidationError): string | undefined {
  if (error.keyword === 'required') return String(error.params.missingProperty);
  return error.instancePath.split('/')[1] || undefined;
}

/** For `setSchemaErrorFormatter`: the first failing input's own error, else `400 invalid-request`. */
export function inputErrorFormatter(inputs: InputErrors): SchemaErrorFormatter {
  return (errors, dataVar) => {
    const [first] = errors;
    const name = first && inputName(first);
    const known = name !== undefined && Object.hasOwn(inputs, name) ? inputs[name] : undefined;
    if (known) return known();
    const where = [dataVar, ...(first?.instancePath.split('/').filter(Boolean) ?? [])].join('.');
    return new ApiError(400, 'invalid-request', `${where} ${first?.message ?? 'is not valid'}`);
  };
}
