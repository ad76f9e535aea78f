// Generates packages/elements/custom-elements.json (Custom Elements Manifest 2.1) from the element
// classes' JSDoc (`@summary`, `@slot`, `@event`, `@csspart`, `@cssproperty`, house-style 26) and
// their Lit reactive properties (`static properties = {…}` entries or `@property` decorators), with
// the TypeScript compiler API (no extra dependency).
// Run by rollup.config.mjs after the elements build; also `node packages/elements/scripts/custom-elements.mjs`.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') && !name.includes('test-helpers')) out.push(path);
  }
  return out.sort();
}

const commentText = (comment) =>
  (typeof comment === 'string'
    ? comment
    : (comment ?? []).map((part) => (ts.isJSDocLink(part) || ts.isJSDocLinkCode(part) ? `{@link ${part.name?.getText() ?? ''}${part.text}}` : (part.text ?? ''))).join('')
  ).trim();

/** `name - description` (name may be `a, b, c`); `{@link X}` in the description becomes the type. */
function splitTag(text) {
  const match = /^([^\s]+(?:\s*,\s*[^\s,]+)*)\s*(?:-\s*)?([\s\S]*)$/.exec(text.trim());
  if (!match) return [];
  const names = match[1].split(',').map((n) => n.trim()).filter(Boolean);
  const description = match[2].replace(/\s+/g, ' ').trim().replace(/;$/, '');
  return names.map((name) => ({ name: name === '-' ? '' : name, description }));
}

// JSDoc lines may pack a second tag after a `;` ("@csspart a - x; @csspart b - y"): split those.
function tagsOf(node) {
  const result = [];
  for (const tag of ts.getJSDocTags(node)) {
    const name = tag.tagName.text;
    const text = commentText(tag.comment);
    const pieces = text.split(/;\s*@(?=(?:csspart|cssproperty|slot|event|cssstate)\b)/);
    result.push({ name, text: pieces[0] });
    for (const piece of pieces.slice(1)) {
      const [, inner, rest] = /^(\w+)\s+([\s\S]*)$/.exec(piece) ?? [];
      if (inner) result.push({ name: inner, text: rest });
    }
  }
  return result;
}

function docOf(node) {
  const docs = node.jsDoc ?? [];
  return docs.map((doc) => commentText(doc.comment)).join('\n').trim();
}

function decoratorCall(member, name) {
  for (const decorator of ts.getDecorators(member) ?? []) {
    const expr = decorator.expression;
    if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === name) return expr;
  }
  return undefined;
}

/** The options object of `@property({...})`, or of one entry of `static properties = {...}`. */
function propertyOptions(arg) {
  const options = {};
  if (arg && ts.isObjectLiteralExpression(arg)) {
    for (const prop of arg.properties) {
      if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name)) continue;
      const value = prop.initializer;
      if (ts.isStringLiteral(value)) options[prop.name.text] = value.text;
      else if (value.kind === ts.SyntaxKind.FalseKeyword) options[prop.name.text] = false;
      else if (value.kind === ts.SyntaxKind.TrueKeyword) options[prop.name.text] = true;
    }
  }
  return options;
}

/** `static properties = { name: {...}, … }` as a map of name → options object literal. */
function staticProperties(node) {
  const map = new Map();
  for (const member of node.members) {
    const isStatic = (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
    if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const prop of member.initializer.properties) {
      if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name) && ts.isObjectLiteralExpression(prop.initializer)) map.set(prop.name.text, prop.initializer);
    }
  }
  return map;
}

function analyseClass(node, file, sf) {
  const name = node.name?.text;
  const members = [];
  const attributes = [];
  const declared = staticProperties(node);
  const setters = new Set(node.members.filter((m) => ts.isSetAccessorDeclaration(m) && ts.isIdentifier(m.name)).map((m) => m.name.text));
  let tagName;
  for (const member of node.members) {
    const memberName = member.name && (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name)) ? member.name.text : undefined;
    if (!memberName || ts.isPrivateIdentifier(member.name)) continue;
    const modifiers = ts.getModifiers(member) ?? [];
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
    const isStatic = modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic && memberName === 'define' && ts.isMethodDeclaration(member)) {
      const tagParam = member.parameters[0];
      if (tagParam?.initializer && ts.isStringLiteral(tagParam.initializer)) tagName = tagParam.initializer.text;
    }
    if (isStatic && (memberName === 'styles' || memberName === 'properties')) continue;
    const description = docOf(member);
    const type = member.type ? member.type.getText(sf) : undefined;
    const defaultTag = tagsOf(member).find((t) => t.name === 'default');
    const initializer = member.initializer ? member.initializer.getText(sf) : undefined;
    const defaultValue = defaultTag?.text || (initializer && initializer.length < 80 ? initializer : undefined);
    if (ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)) {
      const field = { kind: 'field', name: memberName, ...(isStatic ? { static: true } : {}), ...(type ? { type: { text: type } } : {}), ...(defaultValue ? { default: defaultValue } : {}), ...(description ? { description } : {}) };
      if (ts.isGetAccessorDeclaration(member) && !setters.has(memberName)) field.readonly = true;
      const call = decoratorCall(member, 'property');
      const optionsNode = call ? call.arguments[0] : isStatic ? undefined : declared.get(memberName);
      if (call || optionsNode) {
        const options = propertyOptions(optionsNode);
        if (options.attribute !== false && !options.state) {
          const attribute = typeof options.attribute === 'string' ? options.attribute : memberName.toLowerCase();
          field.attribute = attribute;
          if (options.reflect) field.reflects = true;
          attributes.push({ name: attribute, fieldName: memberName, ...(type ? { type: { text: type } } : {}), ...(defaultValue ? { default: defaultValue } : {}), ...(description ? { description } : {}) });
        }
      }
      members.push(field);
    } else if (ts.isMethodDeclaration(member)) {
      members.push({ kind: 'method', name: memberName, ...(isStatic ? { static: true } : {}), ...(description ? { description } : {}) });
    }
  }
  const tags = tagsOf(node);
  const pick = (tag) => tags.filter((t) => t.name === tag).flatMap((t) => splitTag(t.text));
  const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  return {
    kind: 'class',
    name,
    ...(tags.find((t) => t.name === 'summary') ? { summary: tags.find((t) => t.name === 'summary').text } : {}),
    ...(docOf(node) ? { description: docOf(node) } : {}),
    ...(heritage ? { superclass: { name: heritage.expression.getText(sf) } } : {}),
    ...(tagName ? { tagName, customElement: true } : {}),
    attributes,
    members,
    events: pick('event').map(({ name: eventName, description }) => {
      const typeName = /\{@link\s+(\w+)\}/.exec(description)?.[1];
      return { name: eventName, ...(typeName ? { type: { text: typeName } } : {}), description: description.replace(/\{@link\s+(\w+)\}:?\s*/, '') };
    }),
    slots: pick('slot'),
    cssParts: pick('csspart'),
    cssProperties: pick('cssproperty'),
    _file: file,
  };
}

/** Builds the manifest object for the package's `src/`. */
export function buildManifest() {
  const files = sourceFiles(join(pkgDir, 'src'));
  const classes = new Map();
  const modules = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    // Paths name the shipped modules (dist/…/x.js), which is what `exports` resolves to.
    const path = relative(pkgDir, file).split('\\').join('/').replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
    const declarations = [];
    for (const statement of sf.statements) {
      if (ts.isClassDeclaration(statement) && statement.name && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        const declaration = analyseClass(statement, path, sf);
        classes.set(declaration.name, declaration);
        declarations.push(declaration);
      }
    }
    if (declarations.length) modules.push({ kind: 'javascript-module', path, declarations });
  }
  // Inherit members and attributes from superclasses defined in this package (HkElement).
  const resolveInherited = (declaration, seen = new Set()) => {
    const parent = declaration.superclass && classes.get(declaration.superclass.name);
    if (!parent || seen.has(parent.name)) return;
    seen.add(parent.name);
    resolveInherited(parent, seen);
    declaration.superclass.module = parent._file;
    const own = new Set(declaration.members.map((m) => m.name));
    for (const member of parent.members) if (!own.has(member.name) && !member.static) declaration.members.push({ ...member, inheritedFrom: { name: parent.name, module: parent._file } });
    const ownAttributes = new Set(declaration.attributes.map((a) => a.name));
    for (const attribute of parent.attributes) if (!ownAttributes.has(attribute.name)) declaration.attributes.push({ ...attribute, inheritedFrom: { name: parent.name, module: parent._file } });
  };
  for (const declaration of classes.values()) resolveInherited(declaration);
  // Keep what the manifest is for: elements, their base classes and their event classes.
  const bases = new Set([...classes.values()].filter((d) => d.tagName).map((d) => d.superclass?.name));
  const keep = (d) => d.tagName || bases.has(d.name) || d.superclass?.name === 'Event';
  for (const module of modules) module.declarations = module.declarations.filter(keep);
  modules.splice(0, modules.length, ...modules.filter((module) => module.declarations.length > 0));
  for (const module of modules) {
    module.exports = [];
    for (const declaration of module.declarations) {
      module.exports.push({ kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: module.path } });
      if (declaration.tagName) module.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } });
      delete declaration._file;
      for (const key of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']) if (declaration[key].length === 0) delete declaration[key];
    }
  }
  for (const declaration of classes.values()) delete declaration._file;
  return { schemaVersion: '2.1.0', readme: '', modules };
}

/** Writes custom-elements.json next to package.json; returns its path. */
export function writeManifest() {
  const out = join(pkgDir, 'custom-elements.json');
  writeFileSync(out, `${JSON.stringify(buildManifest(), null, 2)}\n`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`wrote ${relative(process.cwd(), writeManifest())}`);
}
