// The modules customerStrings() in electron.vite.config.ts makes: one language's customer display strings,
// the parts it reads of src/shared/i18n/<language>.json (whose keys src/shared/customer-strings.ts checks).
declare module 'virtual:customer-strings/*' {
  const strings: Readonly<Record<'customer' | 'validity' | 'coverage', object>>;
  export default strings;
}
