/**
 * XML 1.0 cannot carry most C0 control characters (not even as `&#1;`), unpaired surrogates or U+FFFE/U+FFFF.
 * They become U+FFFD (the replacement character) in the XML exports; CSV and JSON keep them as they are.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, '\uFFFD');
}

/**
 * Escaped for element text and attribute values alike. Tab, line feed and carriage return become character
 * references so an XML parser's attribute-value and line-end normalisation cannot change them.
 */
export function xmlEscape(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
