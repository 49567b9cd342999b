/** `import text from "./file?raw"`: the file's text, inlined by webpack (`asset/source`). */
declare module "*?raw" {
  const text: string;
  export default text;
}
