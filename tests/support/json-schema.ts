/** Validates data against a JSON Schema (draft 2020-12) with ajv, formats included. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under ESM its function may sit on `default`.
const addFormats = ('default' in addFormatsModule ? addFormatsModule.default : addFormatsModule) as typeof addFormatsModule;

export function validator(schema: Record<string, unknown>, ref?: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(schema, 'data');
  const validate = ajv.getSchema(ref ? `data${ref}` : 'data');
  if (!validate) throw new Error(`no schema at ${ref ?? 'root'}`);
  return (data: unknown): string[] => {
    if (validate(data)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
  };
}
