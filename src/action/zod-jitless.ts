// zod compiles a parser per object schema on its first parse (new Function), which pays only
// over many parses; the action parses the config and the report once each. Same results without it.
// Imported before any schema is built: the schemas read it when they are constructed.
import * as z from 'zod/mini';

z.config({ jitless: true });
