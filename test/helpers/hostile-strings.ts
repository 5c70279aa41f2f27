/**
 * fast-check arbitraries for attribute values a page might set by mistake or by malice: markup,
 * script URLs in disguise, very long values, control characters, emoji, right-to-left text, and
 * fast-check's own strings (fast-check 4: `fc.string()` is printable ASCII; `unit: 'binary'` is
 * any code point, the old `fullUnicodeString`; `unit: 'grapheme'` is any printable grapheme;
 * `unit: 'binary-ascii'` includes control characters).
 */
import fc from 'fast-check';

/** Markup that would run script or load something if a widget ever parsed it as HTML. */
export const MARKUP_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">click</a>',
  '<style>@import url(//example.invalid/x.css)</style>',
  '<link rel=stylesheet href=//example.invalid/x.css>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<!--',
  ']]><![CDATA[',
  '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;i&#x3E;',
  '<b>bold</b>',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  // Lit's own template markers: attribute values are values, never template text.
  '<?lit$1234567$>',
  'lit$1234567$',
  '<!--?lit$1234567$-->',
] as const;

export const markup: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...MARKUP_PAYLOADS), fc.string({ maxLength: 4 }))
  .map(([before, payload, after]) => `${before}${payload}${after}`);

/** Characters that browsers strip or tolerate inside a URL's scheme, or that hide it. */
const URL_NOISE = ['\t', '\n', '\r', '\u0000', '\u0001', '\u001f', ' ', '\u007f', '\u00a0', '\u200b', '\ufeff', '\u2028'];

/** `javascript:`, `data:` and `vbscript:` URLs, in any case, with whitespace and control characters mixed in. */
export const scriptUrl: fc.Arbitrary<string> = fc
  .record({
    scheme: fc.oneof(fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'DATA', 'vbscript', 'VbScRiPt'), fc.mixedCase(fc.constantFrom('javascript', 'data', 'vbscript'))),
    lead: fc.array(fc.constantFrom(...URL_NOISE), { maxLength: 3 }),
    noise: fc.array(fc.option(fc.constantFrom(...URL_NOISE), { freq: 3 }), { minLength: 11, maxLength: 11 }),
    body: fc.constantFrom('alert(1)', 'alert(document.cookie)', 'text/html,<script>alert(1)</script>', 'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'msgbox(1)', '//%0aalert(1)', ''),
    trail: fc.array(fc.constantFrom(...URL_NOISE), { maxLength: 2 }),
  })
  .map(({ scheme, lead, noise, body, trail }) => {
    const disguised = [...scheme].map((char, index) => `${char}${noise[index] ?? ''}`).join('');
    return `${lead.join('')}${disguised}:${body}${trail.join('')}`;
  });

/** Values of 10 000 characters or more. */
export const veryLong: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }).map((s) => s.repeat(Math.ceil(10_001 / s.length))),
  fc.constantFrom(
    `https://example.org/${'a'.repeat(10_000)}`,
    `javascript:${'a'.repeat(10_000)}`,
    '5'.repeat(10_001),
    `${'<b>'.repeat(3_400)}`,
    `${'overview,'.repeat(1_200)}`,
  ),
);

/** Control characters, separators, lone surrogates and other invisible code points. */
export const controlCharacters: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom('\u0000', '\u0001', '\u0008', '\t', '\n', '\u000b', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u2028', '\u2029', '\ufeff', '\ud800', '\udfff', 'x', '1'),
  minLength: 1,
  maxLength: 20,
});

/** Right-to-left text, with bidirectional overrides and isolates. */
export const rtlText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('عيادة البحيرة', 'מרפאת האגם', '\u202eevil.exe\u202c', '\u200fabc', '\u2067اختبار\u2069', 'Lakeside\u202e Clinic', '\u202b٥٥٥ ٠١٠٠\u202c'),
  fc.string({ unit: fc.integer({ min: 0x0590, max: 0x06ff }).map((code) => String.fromCodePoint(code)), minLength: 1, maxLength: 20 }),
);

export const emoji: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('🦵', '🦵🏽', '👩‍⚕️', '🏥📞', '🇪🇸', '❤️‍🩹'),
  fc.string({ unit: fc.integer({ min: 0x1f300, max: 0x1faff }).map((code) => String.fromCodePoint(code)), minLength: 1, maxLength: 6 }),
);

/** Everything above, plus fast-check's strings of every unit. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii' }),
  markup,
  scriptUrl,
  { arbitrary: veryLong, weight: 1 },
  controlCharacters,
  rtlText,
  emoji,
  fc.constantFrom('', ' ', '\n', 'null', 'undefined', 'true', '0', '-1', 'NaN', '[object Object]', '__proto__', 'constructor'),
);

/**
 * Values close to the allowed ones: each allowed value in mixed case, padded, with a control
 * character or a letter too many, or one of `extra`.
 */
export function nearMisses(allowed: readonly string[], extra: readonly string[] = []): fc.Arbitrary<string> {
  const value = fc.constantFrom(...allowed);
  return fc.oneof(
    value,
    fc.mixedCase(value),
    fc.tuple(fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0', '\u0000'), value, fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\u0000', 's', '-')).map(
      ([before, v, after]) => `${before}${v}${after}`,
    ),
    ...(extra.length > 0 ? [fc.constantFrom(...extra)] : []),
  );
}

/** A comma list of known names, unknown names and junk, with odd separators. */
export function nameList(known: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof(
    { arbitrary: fc.constantFrom(...known), weight: 4 },
    fc.mixedCase(fc.constantFrom(...known)),
    fc.constantFrom('', ' ', 'unknown', 'all', '*', 'overview ', ' STRETCH', 'self check', 'heat ice'),
    fc.string({ maxLength: 6 }),
    markup,
  );
  return fc
    .tuple(fc.array(name, { maxLength: 12 }), fc.constantFrom(',', ', ', ' , ', ',,', ',\n'))
    .map(([names, separator]) => names.join(separator));
}

/**
 * Phone-like values: the allowed characters, numbers with an extension, numbers spelled with
 * letters, and look-alikes that are none of these.
 */
export const phoneLike: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom('0', '1', '5', '9', ' ', '+', '-', '(', ')', '.'), maxLength: 40 }),
  fc.constantFrom(
    '555 0100',
    '+1 (555) 010-0100',
    '112',
    '000',
    ' 999 ',
    '+',
    '()',
    '555\u00a00100',
    '５５５',
    '٥٥٥',
    '555 0100 ext. 2',
    '555 0100 x2',
    '(555) 010-0100, extension 12',
    '555 0100 EXT 1234567',
    '555 0100 ext',
    'ext. 2',
    '1-800-FLOWERS',
    '1-800-LAKESIDE',
    '+1 800 LEG CARE',
    'CALL-NOW',
    '1-800-ÉCOLE',
    `1-800-${'L'.repeat(30)}`,
    'tel:555',
    '555;ext=1',
    '555,,1',
    '5'.repeat(31),
    '+44 20 7946 0958',
  ),
);

/** Addresses for booking-url: good ones, relative ones, and every kind of bad one. */
export const urlLike: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl(),
  fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['https', 'http', 'ftp', 'wss'] }),
  { arbitrary: scriptUrl, weight: 3 },
  fc.constantFrom(
    'https://example.org/book',
    'HTTPS://EXAMPLE.ORG/Book',
    'http://example.org',
    'mailto:book@example.org',
    'tel:+15550100',
    '/book',
    'book?x=1',
    '//example.org/book',
    '#book',
    '?q=1',
    'www.lakesideclinic.com/book',
    'lakesideclinic.com/book?x=1',
    'www.lakesideclinic.com:8443',
    'lakeside.clinic',
    'book.html',
    '../book',
    'www.',
    'www.lakeside clinic.com',
    'https://',
    'http://[::1',
    'https://exa mple.org',
    'https://example.org/\u0000',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'blob:https://example.org/0000',
    'about:blank',
    'ws://example.org/socket',
    'chrome://settings',
    'intent://x#Intent;end',
    'data:,',
    'javascript://example.org/%0aalert(1)',
    'https://example.org/"><img src=x onerror=alert(1)>',
  ),
);
