import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// A test helper: checks a request against GitHub's published OpenAPI description of
// api.github.com (@octokit/openapi, the non-dereferenced file, with its `$ref`s resolved here).
// Method and path template (`/repos/{owner}/{repo}/issues/{issue_number}/comments`), the path and
// query parameters' schemas (no query parameter the operation does not declare), and the JSON body
// against the operation's requestBody schema. The validator covers the JSON Schema subset that
// GitHub's request bodies use: type (with OpenAPI's `nullable`), required, properties,
// additionalProperties, items, enum, oneOf, anyOf, allOf, min/maxItems, min/maxLength,
// maxProperties, uniqueItems, pattern, minimum and maximum; `format` and annotations are not checked.

type Schema = { readonly [key: string]: unknown };

interface Operation {
  readonly parameters?: readonly Schema[];
  readonly requestBody?: Schema;
}

interface Spec {
  readonly paths: Record<string, Record<string, Operation>>;
}

interface Route {
  readonly template: string;
  readonly regex: RegExp;
  readonly names: readonly string[];
  /** Literal segments: a more specific template wins (`/issues/comments` over `/issues/{issue_number}`). */
  readonly literals: number;
  readonly operations: Record<string, Operation>;
}

/** What a request matched, or why it did not. */
export type SpecCheck =
  | {
      readonly ok: true;
      readonly operation: string;
      /** The path parameters, percent-decoded (`{ owner: 'acme', path: '.github/x.yml' }`). */
      readonly params: Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      readonly status: 400 | 404;
      readonly message: string;
      /** The operation the method and path matched, when they did (a 400). */
      readonly operation?: string;
    };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let cached: { spec: Spec; routes: Route[] } | undefined;

/** Reads and indexes the description (once; about 0.3 s), so that the first request is not slowed. */
export function loadOpenApi(): { spec: Spec; routes: Route[] } {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const routes = Object.entries(spec.paths).map(([template, operations]): Route => {
    const names: string[] = [];
    const segments = template.split('/').map((segment) =>
      segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      }),
    );
    const literals = template.split('/').filter((s) => s !== '' && !s.includes('{')).length;
    return { template, regex: new RegExp(`^${segments.join('/')}$`), names, literals, operations };
  });
  routes.sort((a, b) => b.literals - a.literals);
  cached = { spec, routes };
  return cached;
}

function resolveRef(spec: Spec, node: unknown): Schema {
  let current = node as Schema;
  for (let depth = 0; typeof current?.$ref === 'string' && depth < 32; depth++) {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    let target: unknown = spec;
    for (const key of path)
      target = (target as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/')];
    if (target === undefined) throw new Error(`openapi: unresolved $ref ${String(current.$ref)}`);
    current = target as Schema;
  }
  return current;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Errors of `value` against `schema`, each naming where (`body.labels[0]`). Empty: it conforms. */
function schemaErrors(spec: Spec, raw: unknown, value: unknown, at: string): string[] {
  const schema = resolveRef(spec, raw);
  const errors: string[] = [];
  if (value === null && schema.nullable === true) return errors;
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 0) {
    const actual = typeOf(value);
    const fits = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!fits) return [`${at}: expected ${types.join(' or ')}, got ${actual}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  for (const sub of (schema.allOf as unknown[] | undefined) ?? [])
    errors.push(...schemaErrors(spec, sub, value, at));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key] as unknown[] | undefined;
    if (!options) continue;
    const passing = options.filter((o) => schemaErrors(spec, o, value, at).length === 0).length;
    if (passing === 0 || (key === 'oneOf' && passing > 1)) {
      errors.push(`${at}: matches ${passing} of the ${key} alternatives`);
    }
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) {
      errors.push(`${at}: shorter than ${schema.minLength}`);
    }
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
      errors.push(`${at}: longer than ${schema.maxLength}`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${at}: does not match ${schema.pattern}`);
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      errors.push(`${at}: fewer than ${schema.minItems} items`);
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      errors.push(`${at}: more than ${schema.maxItems} items`);
    }
    if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) {
      errors.push(`${at}: items are not unique`);
    }
    if (schema.items !== undefined) {
      value.forEach((item, i) => {
        errors.push(...schemaErrors(spec, schema.items, item, `${at}[${i}]`));
      });
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties as Record<string, unknown> | undefined) ?? {};
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!(name in object)) errors.push(`${at}: missing required property '${name}'`);
    }
    if (typeof schema.maxProperties === 'number' && Object.keys(object).length > schema.maxProperties) {
      errors.push(`${at}: more than ${schema.maxProperties} properties`);
    }
    for (const [name, item] of Object.entries(object)) {
      const sub = properties[name];
      if (sub !== undefined) errors.push(...schemaErrors(spec, sub, item, `${at}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unknown property '${name}'`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...schemaErrors(spec, schema.additionalProperties, item, `${at}.${name}`));
      }
    }
  }
  return errors;
}

/** A path or query parameter's text as its schema's type (`"42"` as the integer 42). */
function parameterValue(text: string, schema: Schema): unknown {
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  if (type === 'array') return text.split(',');
  return text;
}

/**
 * Whether a request matches the api.github.com description: a 404 for a method and path it does
 * not describe, a 400 naming each mismatch of the parameters or the JSON body.
 */
export function checkRequest(
  method: string,
  url: URL,
  contentType: string | undefined,
  rawBody: string,
): SpecCheck {
  const { spec, routes } = loadOpenApi();
  const lower = method.toLowerCase();
  let route: Route | undefined;
  let match: RegExpExecArray | null = null;
  for (const r of routes) {
    match = r.regex.exec(url.pathname);
    if (match && r.operations[lower] && HTTP_METHODS.includes(lower)) {
      route = r;
      break;
    }
  }
  if (!route || !match) {
    return {
      ok: false,
      status: 404,
      message: `${method} ${url.pathname}: no such operation in api.github.com`,
    };
  }
  const operation = route.operations[lower] as Operation;
  const name = `${method} ${route.template}`;
  const errors: string[] = [];
  const values: Record<string, string> = {};
  const pathLevel = (route.operations as { parameters?: readonly Schema[] }).parameters ?? [];
  const parameters = [...pathLevel, ...(operation.parameters ?? [])].map((p) => resolveRef(spec, p));
  for (const [i, param] of route.names.entries()) {
    const declared = parameters.find((p) => p.in === 'path' && p.name === param);
    if (!declared) {
      errors.push(`path parameter {${param}} is not declared`);
      continue;
    }
    const raw = match?.[i + 1] ?? '';
    let text = raw;
    try {
      text = decodeURIComponent(raw);
    } catch {
      errors.push(`path {${param}}: bad percent-encoding`);
    }
    values[param] = text;
    const schema = resolveRef(spec, declared.schema);
    errors.push(...schemaErrors(spec, schema, parameterValue(text, schema), `path {${param}}`));
  }
  for (const [param, text] of url.searchParams) {
    const declared = parameters.find((p) => p.in === 'query' && p.name === param);
    if (!declared) {
      errors.push(`query parameter '${param}' is not declared`);
      continue;
    }
    const schema = resolveRef(spec, declared.schema);
    errors.push(...schemaErrors(spec, schema, parameterValue(text, schema), `query ${param}`));
  }
  for (const p of parameters) {
    if (p.in === 'query' && p.required === true && !url.searchParams.has(String(p.name))) {
      errors.push(`query parameter '${String(p.name)}' is required`);
    }
  }
  const requestBody = operation.requestBody ? resolveRef(spec, operation.requestBody) : undefined;
  if (rawBody.length === 0) {
    if (requestBody?.required === true) errors.push('the request body is required');
  } else if (!requestBody) {
    errors.push('this operation takes no request body');
  } else {
    const content = requestBody.content as Record<string, { schema?: unknown }> | undefined;
    const json = content?.['application/json'];
    if (!json) errors.push('this operation takes no JSON body');
    else if (!/^application\/json\b/.test(contentType ?? '')) {
      errors.push(`content-type ${contentType ?? '(none)'} is not application/json`);
    } else {
      let body: unknown;
      try {
        body = JSON.parse(rawBody);
        if (json.schema !== undefined) errors.push(...schemaErrors(spec, json.schema, body, 'body'));
      } catch {
        errors.push('the body is not JSON');
      }
    }
  }
  if (errors.length > 0) {
    return { ok: false, status: 400, message: `${name}: ${errors.join('; ')}`, operation: name };
  }
  return { ok: true, operation: name, params: values };
}
