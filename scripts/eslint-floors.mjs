// The lint rule behind the floors of the house. An import is judged by where it lands, not by how its
// path is spelled: a relative import is resolved against the importing file, so `../../glue/bridge` from
// src/main/core/journal/ and `./glue/x` from src/main/core/ are both seen to land in src/main/glue/.
// Options: folders (repository-relative prefixes that may not be imported), packages (regular
// expressions of package names that may not be imported), and the message.
import { dirname, relative, resolve, sep } from 'node:path';

const rule = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: {
          folders: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        required: ['message'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { folders = [], packages = [], message } = context.options[0];
    const packagePatterns = packages.map((source) => new RegExp(source));
    const root = context.cwd;
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = relative(root, resolve(dirname(context.filename), source))
          .split(sep)
          .join('/');
        const folder = folders.find((prefix) => target === prefix.replace(/\/$/, '') || target.startsWith(prefix));
        if (folder) context.report({ node: node.source, message: `${message} ("${source}" is in ${folder})` });
      } else if (packagePatterns.some((pattern) => pattern.test(source))) {
        context.report({ node: node.source, message: `${message} ("${source}")` });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { floor: rule } };
