#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  GuardError,
  UsageError,
  readSession
} from "./chunk-Q62OLSTV.js";
import {
  describeError,
  redact,
  registerSecret
} from "./chunk-YTE2SNQG.js";
import {
  AnonymousCredential,
  BlobServiceClient,
  ContainerSASPermissions,
  Credential,
  ExtendedServiceClient,
  StorageBrowserPolicyFactory,
  StorageCRC64Calculator,
  StorageRetryPolicyFactory,
  StorageSharedKeyCredential,
  UserDelegationKeyCredential,
  convertHttpClient,
  createRequestPolicyFactoryPolicy,
  generateBlobSASQueryParameters,
  getCachedDefaultHttpClient,
  isTokenCredential,
  newPipeline,
  parseXML,
  storageBrowserPolicy,
  storageCorrectContentLengthPolicy,
  storageRequestFailureDetailsParserPolicy,
  storageRetryPolicy,
  storageSharedKeyCredentialPolicy,
  stringifyXML,
  structuredMessageDecodingBrowser,
  structuredMessageDecodingStream,
  structuredMessageEncoding
} from "./chunk-ULJPXQ5P.js";
import {
  AbortError,
  RestError,
  authorizeRequestOnTenantChallenge,
  bearerTokenAuthenticationPolicy,
  createClientLogger,
  createClientPipeline,
  createDefaultHttpClient,
  createPipelineRequest,
  createSerializer,
  createTracingClient,
  decompressResponsePolicyName,
  isNodeLike,
  randomUUID
} from "./chunk-GET4C7XZ.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-WOBUYCSG.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished2 = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished2 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished2 === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished2 = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished2 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix2 = "";
      let glob = "";
      if (start > 0) {
        prefix2 = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix: prefix2,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix2;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open4 = tokens[token.tokensIndex];
          open4.type = "text";
          open4.value = literal;
          open4.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open4.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open4 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open4);
          push(open4);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end2 = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end2})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch6 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch6(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch6.compileRe(glob, options) : picomatch6.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch6(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch6.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch6.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch6.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch6.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch6.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch6.isMatch = (str2, patterns, options) => picomatch6(patterns, options)(str2);
    picomatch6.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch6.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch6.scan = (input, options) => scan(input, options);
    picomatch6.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch6.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch6.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch6.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch6.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch6.constants = constants;
    module.exports = picomatch6;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch6(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch6, pico);
    module.exports = picomatch6;
  }
});

// src/job/options.ts
import { cpus, homedir } from "node:os";
import { join as join5 } from "node:path";

// src/engine/glob-check.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var CLOSER = { "[": "]", "{": "}", "(": ")" };
function unclosed(p) {
  const open4 = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") i++;
    else if (c === "[") {
      const close = p.indexOf("]", i + 1);
      if (close < 0) return "[";
      i = close;
    } else if (c === "{" || c === "(") open4.push(c);
    else if (open4.length && c === CLOSER[open4[open4.length - 1]]) open4.pop();
  }
  return open4.pop();
}
function globProblem(p) {
  const open4 = unclosed(p);
  if (open4) return `has a '${open4}' without a closing '${CLOSER[open4]}'; write \\${open4} for a literal '${open4}'`;
  let re;
  try {
    re = import_picomatch.default.makeRe(p, { dot: true, windows: false });
  } catch (e) {
    return `is not a valid pattern: ${e.message}`;
  }
  if (re.source === "$^") return "is not a valid pattern: it can match nothing";
  return void 0;
}

// src/storage/url.ts
import { isIP } from "node:net";

// src/contract/env.ts
var digits = (min = 0) => (v) => v && /^\d+$/.test(v) && Number(v) >= min ? Number(v) : void 0;
var finite = (min) => (v) => {
  const n = Number(v);
  return Number.isFinite(n) && n >= min ? n : void 0;
};
var ENV_NUMBERS = {
  AZCP_MAX_TRIES: { fallback: 8, read: digits() },
  AZCP_RETRY_DELAY_MS: { fallback: 500, read: digits() },
  AZCP_MAX_RETRY_DELAY_MS: { fallback: 6e4, read: digits() },
  AZCP_TRY_TIMEOUT_MS: { fallback: 5 * 6e4, read: digits() },
  /** azcp.log rotates at this size (keeping LOG_KEEP files): the log never takes more than ~96 MiB of the job folder. */
  AZCP_LOG_ROTATE_BYTES: { fallback: 32 * 1024 * 1024, read: digits(1024) },
  /** transfers.jsonl's cap for routine lines (see JobFolder). */
  AZCP_JOURNAL_MAX_BYTES: { fallback: 1024 * 1024 * 1024, read: digits(1024) },
  /** How often a CI step prints progress. */
  AZCP_PROGRESS_INTERVAL_MS: { fallback: 1e4, read: finite(100) }
};
function envNumber(name, env = process.env) {
  return ENV_NUMBERS[name].read(env[name]) ?? ENV_NUMBERS[name].fallback;
}
function retryTuning(env = process.env) {
  return {
    maxTries: envNumber("AZCP_MAX_TRIES", env),
    baseDelayMs: envNumber("AZCP_RETRY_DELAY_MS", env),
    maxDelayMs: envNumber("AZCP_MAX_RETRY_DELAY_MS", env),
    tryTimeoutMs: envNumber("AZCP_TRY_TIMEOUT_MS", env)
  };
}
var logRotateBytes = (env = process.env) => envNumber("AZCP_LOG_ROTATE_BYTES", env);
var journalMaxBytes = (env = process.env) => envNumber("AZCP_JOURNAL_MAX_BYTES", env);
var progressIntervalMs = (env = process.env) => envNumber("AZCP_PROGRESS_INTERVAL_MS", env);
function fileEndpoint(env = process.env) {
  const v = env.AZCP_FILE_ENDPOINT?.trim();
  if (!v) return void 0;
  try {
    const u = new URL(v);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}`.toLowerCase();
  } catch {
    return void 0;
  }
}
var numberRow = (name, help) => ({ name, help, default: String(ENV_NUMBERS[name].fallback) });
var ENV_VARIABLES = [
  { name: "AZCP_JOB_DIR", help: "Where job folders go (--job-dir).", default: "~/.azcp/jobs" },
  { name: "AZCP_CONCURRENCY", help: "Transfers in flight (--concurrency).", default: "16 per core, at most 64" },
  { name: "AZCP_SAS_TOKEN", help: "A SAS token for URLs without one (also AZURE_STORAGE_SAS_TOKEN).", default: "unset", secret: true },
  { name: "AZCP_ACCOUNT_KEY", help: "The storage account key (also AZURE_STORAGE_KEY, AZURE_STORAGE_ACCOUNT_KEY).", default: "unset", secret: true },
  { name: "AZCP_CONNECTION_STRING", help: "A storage connection string (also AZURE_STORAGE_CONNECTION_STRING).", default: "unset", secret: true },
  { name: "AZCP_CLIENT_SECRET", help: "azcp login --service-principal: the client secret (also AZURE_CLIENT_SECRET).", default: "unset", secret: true },
  { name: "AZCP_COMPILE_CACHE", help: "Node 22+: where the compiled bundle is kept between runs (a folder of your own); off turns it off.", default: "~/.azcp/compile-cache" },
  { name: "AZCP_LOGIN_DIR", help: "Where azcp login keeps its session (no secret in it).", default: "~/.azcp" },
  { name: "AZCP_ALLOW_UNENCRYPTED_TOKEN_CACHE", help: "azcp login: keep the refresh token in a file readable only by you where no keyring is available (true|false).", default: "false" },
  { name: "AZCP_DISABLE_INSTANCE_DISCOVERY", help: "Entra ID: skip authority validation (true|false); default on for non-Microsoft authority hosts.", default: "by authority host" },
  { name: "AZCP_USE_MANAGED_IDENTITY", help: "--auth auto: add the managed identity to the identity chain.", default: "unset" },
  { name: "AZCP_FILE_ENDPOINT", help: "A path-style endpoint whose URLs are Azure Files shares (a custom domain, or the local stand-in), for every command.", default: "unset" },
  { name: "AZCP_ARM_ENDPOINT", help: "Azure Resource Manager for --purge-cdn (another cloud: its ARM endpoint), https only.", default: "https://management.azure.com" },
  { name: "AZCP_SHARD", help: '--shard auto: this run is shard I of N ("I/N", 1-based).', default: "unset" },
  { name: "AZCP_SHARD_COUNT", help: "--shard auto in a Kubernetes Indexed Job: N, beside JOB_COMPLETION_INDEX (0-based).", default: "unset" },
  { name: "AZCP_HOST", help: "Force the host: cli, github or azure-pipelines.", default: "detected" },
  numberRow("AZCP_MAX_TRIES", "Tries per request before it fails."),
  numberRow("AZCP_RETRY_DELAY_MS", "First retry delay (doubles each try), ms."),
  numberRow("AZCP_MAX_RETRY_DELAY_MS", "Longest retry delay, ms."),
  numberRow("AZCP_TRY_TIMEOUT_MS", "A request that stalls this long is abandoned and retried, ms."),
  numberRow("AZCP_LOG_ROTATE_BYTES", "azcp.log rotates at this size, bytes."),
  numberRow("AZCP_JOURNAL_MAX_BYTES", "transfers.jsonl's cap for routine lines, bytes."),
  { name: "AZCP_PROGRESS_INTERVAL_MS", help: "How often progress is printed to a log or CI step (a terminal redraws every 500 ms; --output-type json: 2000), ms.", default: String(ENV_NUMBERS.AZCP_PROGRESS_INTERVAL_MS.fallback) }
];

// src/storage/url.ts
function checkStorageUrl(text, role) {
  let url2;
  try {
    url2 = new URL(text);
  } catch {
    throw new UsageError(`the ${role} "${redact(text)}" is not a valid URL`);
  }
  if (url2.protocol !== "https:" && url2.protocol !== "http:") {
    throw new UsageError(`the ${role} uses ${url2.protocol.replace(":", "")}://, which azcp does not support: use a blob URL (https://ACCOUNT.blob.core.windows.net/CONTAINER), a share URL (https://ACCOUNT.file.core.windows.net/SHARE) or a local path`);
  }
  if (url2.username || url2.password) {
    throw new UsageError(`the ${role} URL must not carry a user name or password; use --auth or a SAS token`);
  }
  const rawPath = text.replace(/^[a-z]+:\/\/[^/?#]*/i, "").split(/[?#]/)[0];
  if (rawPath.split("/").some((s) => s === ".." || s === "." || /^%2e(%2e)?$/i.test(s))) {
    throw new UsageError(`the ${role} URL has a '.' or '..' segment; write the blob path without them`);
  }
  return url2;
}
function isPathStyle(url2) {
  const host = url2.hostname.toLowerCase();
  const bareHost = host.replace(/^\[|\]$/g, "");
  return isIP(bareHost) !== 0 || host === "localhost" || !host.includes(".");
}
function underFileEndpoint(url2, env = process.env) {
  const endpoint = fileEndpoint(env);
  if (!endpoint) return false;
  const here = `${url2.protocol}//${url2.host}${url2.pathname}`.toLowerCase();
  return here === endpoint || here.startsWith(`${endpoint}/`);
}
function unclaimedUrlMessage(url2, role) {
  const host = url2.hostname.toLowerCase();
  if (/\.(queue|table)\.core\./.test(host)) {
    return `the ${role} is an Azure ${host.split(".")[1]} endpoint; azcp moves blobs and files: use ACCOUNT.blob.core.windows.net or ACCOUNT.file.core.windows.net`;
  }
  if (/\.dfs\.core\./.test(host)) {
    return `the ${role} uses the Data Lake endpoint (.dfs.); use the blob endpoint instead: ${host.replace(".dfs.", ".blob.")}`;
  }
  return `the ${role} "${redact(url2.toString())}" is not a storage URL azcp knows`;
}

// src/storage/local/location.ts
import { resolve } from "node:path";

// src/storage/naming.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/storage/url-name.ts
var GLOB_SPECIAL = /[\\*?[\]{}()!+@|^$,]/g;
function escapeGlob(literal) {
  return literal.replace(GLOB_SPECIAL, "\\$&");
}
function splitUrlName(rawSegments, role) {
  const wildcardChars = role === "destination" ? "*" : "*[";
  const decode = (s) => decodeURIComponent(s);
  const rawParents = rawSegments.slice(0, -1);
  const rawLast = rawSegments.length ? rawSegments[rawSegments.length - 1] : "";
  for (const seg of rawParents) {
    if ([...wildcardChars].some((c) => seg.includes(c))) {
      throw new UsageError(
        `wildcards are only allowed in the last part of a blob URL: "${seg}"; for a literal '*' or '[' in a name write %2A or %5B`
      );
    }
  }
  const parents = rawParents.map(decode);
  const last = decode(rawLast);
  if (rawLast === "*") return { parents, last, contentsOnly: true };
  if (![...wildcardChars].some((c) => rawLast.includes(c))) return { parents, last, contentsOnly: false };
  return { parents, last, contentsOnly: true, wildcard: patternOf(rawLast, wildcardChars) };
}
function patternOf(raw, wildcardChars) {
  let pattern = "";
  let literal = "";
  const flush = () => {
    pattern += escapeGlob(decodeURIComponent(literal));
    literal = "";
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "*" && wildcardChars.includes("*")) {
      flush();
      pattern += "*";
    } else if (c === "[" && wildcardChars.includes("[")) {
      const close = raw.indexOf("]", i + 1);
      if (close < 0 || close === i + 1) {
        throw new UsageError(`"${raw}" has a '[' that starts no character class ([abc]); for a literal '[' in a name write %5B`);
      }
      flush();
      pattern += `[${classBody(raw.slice(i + 1, close), raw)}]`;
      i = close;
    } else {
      literal += c;
    }
  }
  flush();
  return pattern;
}
function classBody(rawBody, segment) {
  if (rawBody.startsWith("!") || rawBody.startsWith("^")) {
    throw new UsageError(`"${segment}" has a negated character class ([!...]), which azcp does not take in a URL; select with --exclude-pattern instead`);
  }
  return rawBody.replace(
    /((?:%[0-9A-Fa-f]{2})+)|([^%]+)/g,
    (_m, escaped, written) => escaped !== void 0 ? decodeURIComponent(escaped).replace(/[\\[\]\-^!]/g, "\\$&") : (written ?? "").replace(/[\\[]/g, "\\$&")
  );
}

// src/storage/naming.ts
function splitWildcard(path) {
  const normalised = path.replace(/\\/g, "/");
  const slash = normalised.lastIndexOf("/");
  const last = normalised.slice(slash + 1);
  if (last === "*") return { base: path.slice(0, slash >= 0 ? slash : 0) || (slash === 0 ? "/" : "."), contentsOnly: true };
  if (last.includes("*")) {
    return { base: slash >= 0 ? path.slice(0, slash) || "/" : ".", contentsOnly: true, wildcard: last.split("*").map(escapeGlob).join("*") };
  }
  return { base: path, contentsOnly: false };
}
var QUIET = { onProblem: () => {
}, onSkip: () => {
} };
function parentPrefix(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}
function withSlash(path) {
  return path === "" || path.endsWith("/") ? path : `${path}/`;
}
function wildcardMatcher(wildcard, prefix2) {
  const re = import_picomatch2.default.makeRe(wildcard, { dot: true, windows: false, literalBrackets: false });
  return (name) => re.test(name.slice(prefix2.length).split("/")[0]);
}
async function* byWildcard(items, wildcard, prefix2) {
  if (!wildcard) return yield* items;
  const match = wildcardMatcher(wildcard, prefix2);
  for await (const e of items) if (match(e.name)) yield e;
}
async function* renamed(items, prefix2) {
  for await (const e of items) yield { ...e, name: prefix2 + e.name };
}
async function* one(item) {
  if (item !== void 0) yield item;
}
async function* foundAt(source, stat6) {
  for await (const e of source) {
    const found = await stat6(e.name);
    if (found) yield { ...found, name: e.name };
  }
}

// src/storage/local/location.ts
function parseLocalLocation(text) {
  refuseInnerWildcard(text);
  const { base, contentsOnly, wildcard } = splitWildcard(text);
  const path = resolve(base);
  return { kind: "local", remote: false, path, contentsOnly, wildcard, display: text };
}
function refuseInnerWildcard(text) {
  const segments2 = text.replace(/\\/g, "/").split("/");
  const inner = segments2.slice(0, -1).findIndex((s) => s.includes("*"));
  if (inner < 0) return;
  const folder2 = segments2.slice(0, inner).join("/") || (text.startsWith("/") ? "/" : ".");
  const last = segments2[segments2.length - 1];
  const regex = segments2.slice(inner).map((s) => s.replace(/[.+^${}()|\\?[\]]/g, "\\$&").replace(/\*/g, "[^/]*")).join("/");
  throw new UsageError(
    `wildcards are allowed only in the last segment of a local path, not in "${segments2[inner]}" of "${text}". Give the folder and choose files with a filter: "${folder2}" --recursive --include-regex "^${regex}$" (or --include-pattern "${last || "*"}" for that file name at any depth).`
  );
}

// src/storage/local/side.ts
import { createHash as createHash2 } from "node:crypto";
import { lstat as lstat3, rm, stat as stat5 } from "node:fs/promises";

// src/storage/errors.ts
var statusOf = (err) => err?.statusCode;
var errorCodeOf = (err) => {
  const e = err;
  return e?.details?.errorCode ?? e?.code ?? "";
};
var isBare500 = (status, code) => status === 500 && !code;
function isNotImplemented(err) {
  const e = err;
  if (e?.statusCode === 501 || e?.code === "APINotImplemented" || e?.code === "NotImplemented") return true;
  const errorCode = e?.details?.errorCode ?? e?.response?.headers?.get("x-ms-error-code");
  return isBare500(e?.statusCode, errorCode);
}
var IntegrityError = class extends Error {
  name = "IntegrityError";
};
var SourceChangedError = class extends Error {
  name = "SourceChangedError";
};
var DestinationChangedError = class extends Error {
  name = "DestinationChangedError";
};
function jobWideFailure(err) {
  const e = err;
  const code = errorCodeOf(err);
  if (e?.name === "CredentialUnavailableError" || e?.name === "AuthenticationError" || e?.name === "AggregateAuthenticationError") return "could not get a token";
  if (e?.statusCode === 401) return "authentication required";
  if (e?.statusCode === 403 && /^Authentication|^Authorization/.test(code)) return `access refused (${code})`;
  if (e?.statusCode === 404 && code === "ContainerNotFound") return "the container no longer exists";
  if (e?.statusCode === 404 && code === "ShareNotFound") return "the share no longer exists";
  if (code === "ENOTFOUND") return "the account host cannot be resolved";
  return void 0;
}
function preflightError(err, at) {
  const message = explainAccessError(err, at);
  return isServiceFault(err) ? new Error(message) : new UsageError(message);
}
function isServiceFault(err) {
  const e = err;
  if (typeof e?.statusCode === "number") return e.statusCode >= 500 || e.statusCode === 408 || e.statusCode === 429;
  const text = `${e?.code ?? ""} ${e?.message ?? ""}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|timed? ?out/i.test(text) || e?.name === "TimeoutError";
}
function explainAccessError(err, at) {
  const e = err;
  const code = errorCodeOf(err);
  const { role, account, container, serviceUrl, containerNoun } = at;
  const where = `${account}/${container}`;
  if (e.statusCode === 404 || code === "ContainerNotFound" || code === "ShareNotFound") {
    return `the ${role} ${containerNoun} "${container}" does not exist in account "${account}"; create it with: azcp make ${serviceUrl}/${container}`;
  }
  if (code === "ENOTFOUND" || /ENOTFOUND|getaddrinfo/.test(e.message ?? "")) {
    return `the ${role} account host for "${account}" was not found; check the account name in the URL`;
  }
  if (code === "ECONNREFUSED" || /ECONNREFUSED/.test(e.message ?? "")) {
    return `nothing answers at ${serviceUrl} (connection refused, after every retry); check the URL and port, and that the service is running`;
  }
  if (e.statusCode === 403) {
    const why = code === "AuthenticationFailed" ? "the credentials were rejected (wrong key, bad or expired SAS signature, or another account)" : code === "AuthorizationPermissionMismatch" || code === "AuthorizationFailure" ? "the credentials lack a permission this job needs (read, list, write or delete)" : code || "access denied";
    return `access to the ${role} ${where} was refused: ${why}`;
  }
  if (e.statusCode === 401) return `the ${role} ${where} needs authentication: give a SAS, a key, or an identity (--auth)`;
  if (typeof e.statusCode === "number" && e.statusCode >= 500) {
    return `the ${role} ${where} could not be reached: the service answered HTTP ${e.statusCode}${code ? ` (${code})` : ""} after every retry; try again later`;
  }
  return `the ${role} ${where} could not be listed: ${code ? `${code}: ` : ""}${plainText(e.message ?? String(err))}`;
}
function plainText(message) {
  const line = message.split("\n")[0];
  return /<[a-z?!/]/i.test(line) ? line.slice(0, line.search(/<[a-z?!/]/i)).trim() || "the service gave an answer azcp cannot read" : line;
}

// src/storage/disk.ts
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, readFile } from "node:fs";
import { rename, stat, utimes } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
function fileTimeMs(mtimeMs) {
  return Math.round(mtimeMs);
}
async function md5OfFile(path) {
  const hash = createHash("md5");
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk);
  return hash.digest();
}
async function readWhole(path, size) {
  const buf = await readFileOnce(path);
  if (buf.length !== size) throw new SourceChangedError(`the file changed size while uploading (listed ${size} bytes, now ${buf.length})`);
  return buf;
}
var readFileOnce = promisify(readFile);
async function assertUnchanged(path, size, mtimeMs) {
  const now = await stat(path);
  if (now.size !== size || fileTimeMs(now.mtimeMs) !== Math.round(mtimeMs)) {
    throw new SourceChangedError(`the file changed while uploading (size ${size} \u2192 ${now.size}); not committed, run again to upload the new version`);
  }
}
var TEMP_PREFIX = randomBytes(4).toString("hex");
var tempCounter = 0;
function tempPathFor(target) {
  return join(dirname(target), `.${basename(target)}.azcp-${TEMP_PREFIX}${(tempCounter++).toString(36)}.part`);
}
async function commitTempFile(temp, target, mtimeMs) {
  const t = new Date(mtimeMs);
  await utimes(temp, t, t);
  await rename(temp, target).catch((err) => {
    if (err.code === "EISDIR" || err.code === "ENOTEMPTY" || err.code === "EEXIST") {
      throw new Error(`a folder already exists where the file "${target}" should go`);
    }
    throw err;
  });
}

// src/storage/folders.ts
import { mkdirSync, statSync } from "node:fs";
import { mkdir, stat as stat2, lstat } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, relative, resolve as resolve2, sep, join as join2 } from "node:path";
var FolderError = class extends Error {
  constructor(path, reason) {
    super(`cannot create the folder "${path}": ${reason}`);
    this.path = path;
    this.reason = reason;
  }
  path;
  reason;
  name = "FolderError";
};
function osReason(err) {
  const e = err;
  const known = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOSPC: "no space left on the device",
    ENOTDIR: "a part of the path is a file, not a folder",
    // Only reached after the parent was found: the file system refuses new folders here.
    ENOENT: "this file system does not allow creating folders here"
  };
  const text = (e?.code && known[e.code]) ?? e?.message ?? String(err);
  return e?.code ? `${text} (${e.code})` : text;
}
function folderError(path, err) {
  if (err.code === "ENOTDIR") {
    for (let at = dirname2(path); at !== dirname2(at); at = dirname2(at)) {
      let info;
      try {
        info = statSync(at);
      } catch {
        continue;
      }
      if (!info.isDirectory()) return new FolderError(at, "a file is in the way (not a folder)");
      break;
    }
  }
  return new FolderError(path, osReason(err));
}
async function ensureFolder(dir) {
  const path = resolve2(dir);
  const info = await stat2(path).catch((err) => {
    if (err.code === "ENOENT") return void 0;
    throw folderError(path, err);
  });
  if (info) {
    if (!info.isDirectory()) throw new FolderError(path, "a file is in the way (not a folder)");
    return;
  }
  const parent = dirname2(path);
  if (parent === path) throw new FolderError(path, "the file system root does not exist");
  await ensureFolder(parent);
  await mkdir(path).catch(async (err) => {
    if (err.code === "EEXIST" && (await stat2(path).catch(() => void 0))?.isDirectory()) return;
    throw new FolderError(path, osReason(err));
  });
}
function ensureFolderSync(dir) {
  const path = resolve2(dir);
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    if (err.code !== "ENOENT") throw folderError(path, err);
  }
  if (info) {
    if (!info.isDirectory()) throw new FolderError(path, "a file is in the way (not a folder)");
    return;
  }
  const parent = dirname2(path);
  if (parent === path) throw new FolderError(path, "the file system root does not exist");
  ensureFolderSync(parent);
  try {
    mkdirSync(path);
  } catch (err) {
    if (err.code === "EEXIST" && statSync(path, { throwIfNoEntry: false })?.isDirectory()) return;
    throw new FolderError(path, osReason(err));
  }
}
var LinkInPathError = class extends Error {
  name = "LinkInPathError";
};
function folderMakerUnder(root) {
  const base = resolve2(root);
  const checked = /* @__PURE__ */ new Map();
  const component = (path) => {
    let p = checked.get(path);
    if (!p) {
      p = checkComponent(base, path);
      p.catch(() => checked.delete(path));
      checked.set(path, p);
    }
    return p;
  };
  const rootReady = () => component(base);
  return async (dir) => {
    const rel = relative(base, resolve2(dir));
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new LinkInPathError(`"${dir}" is outside the destination folder "${base}"`);
    await rootReady();
    let at = base;
    for (const part of rel === "" ? [] : rel.split(sep)) {
      at = join2(at, part);
      await component(at);
    }
  };
}
async function checkComponent(base, path, again = false) {
  if (path === base) return ensureFolder(base);
  const shown2 = relative(dirname2(base), path);
  const info = await lstat(path).catch((err) => {
    if (err.code === "ENOENT") return void 0;
    throw new FolderError(path, osReason(err));
  });
  if (!info) {
    try {
      await mkdir(path);
      return;
    } catch (err) {
      if (err.code !== "EEXIST" || again) throw new FolderError(path, osReason(err));
    }
    return checkComponent(base, path, true);
  }
  if (info.isSymbolicLink()) throw new LinkInPathError(`path goes through a symbolic link (${shown2}); nothing is written through links`);
  if (!info.isDirectory()) throw new LinkInPathError(`path goes through a file (${shown2}), which is not a folder`);
}

// src/storage/local/scope.ts
import { readdir as readdir2, stat as stat4 } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, join as join4 } from "node:path";

// src/storage/local/walk.ts
import { join as join3 } from "node:path";

// src/engine/order.ts
function compareUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 55296 && y >= 55296) {
      x = x >= 57344 ? x - 2048 : x + 8192;
      y = y >= 57344 ? y - 2048 : y + 8192;
    }
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

// src/engine/tree-walk.ts
var leaf = (name, entry) => ({ key: name, entry });
var folder = (name, dir) => ({ key: `${name}/`, folder: dir });
async function* walkInByteOrder(dir, namePrefix, readDir) {
  const children2 = await readDir(dir, namePrefix);
  children2.sort((a, b) => compareUtf8(a.key, b.key));
  for (const c of children2) {
    if (c.folder !== void 0) yield* walkInByteOrder(c.folder, c.key, readDir);
    else yield c.entry;
  }
}

// src/engine/pool.ts
function abortError(signal) {
  const error = new DOMException("The operation was aborted", "AbortError");
  if (signal?.reason !== void 0) Object.defineProperty(error, "cause", { value: signal.reason, configurable: true, writable: true });
  return error;
}
async function runPool(items, concurrency, worker, options = {}) {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1; got ${concurrency}`);
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  const iterator = iteratorOf(items);
  const running = /* @__PURE__ */ new Set();
  let failure;
  let listingDone = false;
  let pullPending = false;
  const runWorker = async (item) => {
    try {
      await worker(item);
    } catch (error) {
      failure ??= { error };
    }
  };
  let slotFreed;
  const start = (item) => {
    const task = runWorker(item).then(() => {
      running.delete(task);
      const wake = slotFreed;
      slotFreed = void 0;
      wake?.();
    });
    running.add(task);
  };
  try {
    while (failure === void 0 && !signal?.aborted) {
      while (running.size >= concurrency) await new Promise((resolve5) => slotFreed = resolve5);
      if (failure !== void 0 || signal?.aborted) break;
      let step;
      try {
        step = await untilAborted(Promise.resolve(iterator.next()), signal);
      } catch (error) {
        failure ??= { error };
        listingDone = true;
        break;
      }
      if (step === ABORTED) {
        pullPending = true;
        break;
      }
      if (step.done) {
        listingDone = true;
        break;
      }
      start(step.value);
    }
    await Promise.all(running);
  } finally {
    if (!listingDone) await closeIterator(iterator, pullPending);
  }
  if (failure !== void 0) throw failure.error;
  if (signal?.aborted) throw abortError(signal);
}
var ABORTED = /* @__PURE__ */ Symbol("aborted");
function untilAborted(promise, signal) {
  if (!signal) return promise;
  return new Promise((resolve5, reject) => {
    const onAbort = () => resolve5(ABORTED);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve5, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
function iteratorOf(items) {
  return Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
}
async function closeIterator(iterator, pullPending) {
  try {
    const closing = Promise.resolve(iterator.return?.());
    if (pullPending) closing.catch(() => {
    });
    else await closing;
  } catch {
  }
}
async function mapInOrder(items, concurrency, fn) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

// src/storage/local/walk-calls.ts
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync as statSync2 } from "node:fs";
import { lstat as lstat2, readdir, readlink, realpath, stat as stat3 } from "node:fs/promises";
var SLOW_CALL_MS = 2;
var SLOW_CALLS_TO_SWITCH = 4;
var WalkCalls = class {
  constructor(clock = () => performance.now()) {
    this.clock = clock;
  }
  clock;
  slowCalls = 0;
  /** Whether calls are still made on the main thread. */
  get inline() {
    return this.slowCalls < SLOW_CALLS_TO_SWITCH;
  }
  readdir(path) {
    return this.call(() => readdirSync(path, { withFileTypes: true }), () => readdir(path, { withFileTypes: true }));
  }
  lstat(path) {
    return this.call(() => lstatSync(path), () => lstat2(path));
  }
  stat(path) {
    return this.call(() => statSync2(path), () => stat3(path));
  }
  readlink(path) {
    return this.call(() => readlinkSync(path), () => readlink(path));
  }
  realpath(path) {
    return this.call(() => realpathSync.native(path), () => realpath(path));
  }
  /** The same result either way: a value, or the call's error as a rejection. */
  call(inline, pooled) {
    if (!this.inline) return pooled();
    const started = this.clock();
    try {
      return Promise.resolve(inline());
    } catch (err) {
      return Promise.reject(err);
    } finally {
      if (this.clock() - started > SLOW_CALL_MS) this.slowCalls++;
    }
  }
};

// src/storage/local/walk.ts
function isAncestor(real, chain) {
  for (let a = chain; a; a = a.parent) if (a.real === real) return true;
  return false;
}
function walkLocal(dir, namePrefix, options) {
  const calls = options.calls ?? new WalkCalls();
  return walkInByteOrder({ abs: dir }, namePrefix, (d, prefix2) => readLocalDir(d, prefix2, options, calls));
}
async function readLocalDir(at, namePrefix, options, calls) {
  const dir = at.abs;
  let ancestors;
  if (options.followSymlinks) {
    let real;
    try {
      real = await calls.realpath(dir);
    } catch (err) {
      options.onProblem?.({ path: dir, error: err.message });
      return [];
    }
    if (isAncestor(real, at.ancestors)) {
      options.onProblem?.({ path: dir, error: `symbolic link loop: ${real} is already being walked (not followed again)` });
      return [];
    }
    ancestors = { real, parent: at.ancestors };
  }
  let dirents;
  try {
    dirents = await calls.readdir(dir);
  } catch (err) {
    options.onProblem?.({ path: dir, error: err.message });
    return [];
  }
  const outcomes = await mapInOrder(dirents, STATS_IN_FLIGHT, (d) => readLocalEntry(dir, d, namePrefix, ancestors, options, calls));
  const children2 = [];
  for (const o of outcomes) {
    if (o.problem) options.onProblem?.(o.problem);
    if (o.skip) options.onSkip?.(o.skip.path, o.skip.reason);
    if (o.unfollowed) options.onUnfollowedLink?.(o.unfollowed.name, o.unfollowed.path);
    if (o.child) children2.push(o.child);
  }
  return children2;
}
var STATS_IN_FLIGHT = 32;
async function readLocalEntry(dir, d, namePrefix, ancestors, options, calls) {
  const abs = join3(dir, d.name);
  const name = namePrefix + d.name;
  let isDir = d.isDirectory();
  let isFile2 = d.isFile();
  let info;
  if (d.isSymbolicLink() && options.preserveSymlinks) {
    try {
      const [linkTarget, own] = await Promise.all([calls.readlink(abs), calls.lstat(abs)]);
      return { child: leaf(name, { name, size: Buffer.byteLength(linkTarget), mtimeMs: fileTimeMs(own.mtimeMs), absPath: abs, linkTarget }) };
    } catch (err) {
      return { problem: { path: abs, error: err.message } };
    }
  }
  if (d.isSymbolicLink()) {
    try {
      const target = await calls.stat(abs);
      if (target.isDirectory() && !options.followSymlinks) {
        return { skip: { path: abs, reason: "symbolic link to a folder (not followed)" }, unfollowed: { name, path: abs } };
      }
      isDir = target.isDirectory();
      isFile2 = target.isFile();
      info = target;
    } catch (err) {
      return { problem: { path: abs, error: `broken symbolic link: ${err.message}` } };
    }
  }
  if (!isDir && !isFile2) return { skip: { path: abs, reason: "not a regular file" } };
  if (isDir) return options.recursive ? { child: folder(name, { abs, ancestors }) } : {};
  if (!info) {
    try {
      info = await calls.lstat(abs);
    } catch (err) {
      return { problem: { path: abs, error: err.message } };
    }
  }
  return { child: leaf(name, { name, size: info.size, mtimeMs: fileTimeMs(info.mtimeMs), absPath: abs }) };
}

// src/storage/local/paths.ts
import { sep as sep2, isAbsolute as isAbsolute2, resolve as resolve3, relative as relative2 } from "node:path";
var WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(\..*)?$/i;
function windowsNameReason(name) {
  for (const seg of name.split("/")) {
    if (WINDOWS_DEVICE.test(seg.replace(/[. ]+$/, ""))) return `"${seg}" is a Windows device name`;
    if (/[<>:"|?*]/.test(seg)) return `"${seg}" contains a character Windows does not allow in a file name (< > : " | ? *)`;
    if (/[. ]$/.test(seg) && seg !== "." && seg !== "..") return `"${seg}" ends with a dot or a space, which Windows drops (it would be another file's name)`;
  }
  return void 0;
}
function unsafeNameReason(name, platform = process.platform) {
  if (name.length === 0) return "empty name";
  if (name.startsWith("/")) return 'name starts with "/" (absolute path)';
  if (name.includes("\\")) return "name contains a backslash";
  if (/^[A-Za-z]:/.test(name)) return "name starts with a drive letter";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "name contains a control character";
  if (name.endsWith("/")) return 'name ends with "/" (a folder marker, not a file)';
  const segments2 = name.split("/");
  if (segments2.some((s) => s === "..")) return 'name contains a ".." segment (would leave the destination folder)';
  if (segments2.some((s) => s === ".")) return 'name contains a "." segment';
  if (segments2.slice(0, -1).some((s) => s === "")) return 'name contains an empty path segment ("//")';
  return platform === "win32" ? windowsNameReason(name) : void 0;
}
function safeLocalPath(root, name) {
  const reason = unsafeNameReason(name);
  if (reason) return { reason };
  const target = resolve3(root, ...name.split("/"));
  const rel = relative2(root, target);
  if (rel === "" || rel.startsWith("..") || isAbsolute2(rel) || rel.split(sep2).includes("..")) {
    return { reason: "name resolves outside the destination folder" };
  }
  return { path: target };
}

// src/storage/local/scope.ts
async function prepareRoot(root, display) {
  await ensureFolder(root).catch((err) => {
    if (err instanceof FolderError) throw new UsageError(`the destination "${display}" cannot be written: ${err.message}`);
    throw err;
  });
}
async function localSourceScope(loc, rules, ev) {
  const { command, recursive: recursive2 } = rules;
  const info = await stat4(loc.path).catch((err) => {
    if (err.code === "ENOENT") throw new UsageError(`the source "${loc.display}" does not exist`);
    if (err.code === "EACCES") throw new UsageError(`the source "${loc.display}" cannot be read (permission denied)`);
    throw new UsageError(`the source "${loc.display}" cannot be read: ${err.message}`);
  });
  if (info.isFile()) {
    if (loc.contentsOnly) throw new UsageError(`the source "${loc.display}" is a file, not a folder`);
    const entry = { name: basename2(loc.path), size: info.size, mtimeMs: fileTimeMs(info.mtimeMs), absPath: loc.path };
    return { namePrefix: "", single: true, list: () => one(entry) };
  }
  if (!info.isDirectory()) throw new UsageError(`the source "${loc.display}" is neither a file nor a folder`);
  if (!recursive2 && !loc.contentsOnly && command === "copy") {
    throw new UsageError(`the source "${loc.display}" is a folder: add --recursive to copy it with its subfolders, or write "${loc.display.replace(/[\\/]$/, "")}/*" for the files at its top level`);
  }
  const namePrefix = command === "copy" && !loc.contentsOnly ? `${basename2(loc.path)}/` : "";
  const walkRecursive = recursive2 || !loc.contentsOnly && command === "copy";
  return {
    namePrefix,
    single: false,
    list: (quiet) => byWildcard(walkLocal(loc.path, namePrefix, { recursive: walkRecursive, followSymlinks: rules.followSymlinks, preserveSymlinks: rules.preserveSymlinks, ...quiet ? QUIET : ev }), loc.wildcard, namePrefix),
    selects: loc.wildcard ? wildcardMatcher(loc.wildcard, namePrefix) : void 0,
    emptyFolders: walkRecursive ? () => emptyLocalFolders(loc.path, namePrefix) : void 0
  };
}
async function* emptyLocalFolders(dir, namePrefix) {
  let names;
  try {
    names = await readdir2(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const d of names) {
    if (!d.isDirectory()) continue;
    const name = `${namePrefix}${d.name}`;
    const inner = await readdir2(join4(dir, d.name)).catch(() => void 0);
    if (inner?.length === 0) yield name;
    else if (inner) yield* emptyLocalFolders(join4(dir, d.name), `${name}/`);
  }
}
async function localDestinationScope(loc, source, rules, ev) {
  const { recursive: recursive2, preserveSymlinks } = rules;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  const info = await stat4(loc.path).catch(() => void 0);
  if (source.single) {
    const intoFolder = info?.isDirectory() || /[\\/]$/.test(loc.display) || loc.contentsOnly;
    const locate = (n) => {
      if (!intoFolder) return { target: loc.path };
      const safe = safeLocalPath(loc.path, n);
      return "path" in safe ? { target: safe.path } : safe;
    };
    const root2 = intoFolder ? loc.path : dirname3(loc.path);
    return { list: () => existingFiles(source.list(), locate), locate, root: root2, prepare: () => prepareRoot(root2, loc.display) };
  }
  if (info && !info.isDirectory()) throw new UsageError(`the destination "${loc.display}" is a file; a folder is needed to receive many objects`);
  const root = loc.path;
  const scopeDir = source.namePrefix ? join4(root, ...source.namePrefix.split("/").filter(Boolean)) : root;
  return {
    // With --preserve-symlinks the destination's links are compared as links.
    list: () => walkLocal(scopeDir, source.namePrefix, { recursive: recursive2, preserveSymlinks, ...ev }),
    locate: (n) => {
      const safe = safeLocalPath(root, n);
      return "path" in safe ? { target: safe.path } : safe;
    },
    root,
    prepare: () => prepareRoot(root, loc.display)
  };
}
async function* existingFiles(entries, locate) {
  for await (const e of entries) {
    const where = locate(e.name);
    if (!("target" in where)) continue;
    const s = await stat4(where.target).catch(() => void 0);
    if (s?.isFile()) yield { name: e.name, size: s.size, mtimeMs: fileTimeMs(s.mtimeMs), absPath: where.target };
  }
}

// src/storage/local/side.ts
var LocalSide = class {
  constructor(location, role) {
    this.location = location;
    this.role = role;
  }
  location;
  role;
  kind = "local";
  features = { remote: false, caseInsensitiveNames: false };
  stats = { retries: 0 };
  /** Folders below the destination's root, made once per job; set by destinationScope. */
  folders;
  async connect() {
  }
  checkAccess() {
    return [];
  }
  async probe() {
  }
  sourceScope(rules, events) {
    return localSourceScope(this.location, rules, events);
  }
  async destinationScope(source, rules, events) {
    const scope = await localDestinationScope(this.location, source, rules, events);
    const folders = folderMakerUnder(scope.root);
    this.folders = folders;
    return { ...scope, makeFolder: (target) => folders(target) };
  }
  async stat(target, name = target) {
    const s = await stat5(target).catch(() => void 0);
    return s?.isFile() ? { name, size: s.size, mtimeMs: fileTimeMs(s.mtimeMs), absPath: target } : void 0;
  }
  properties(e) {
    return { fullName: e.name, size: e.size, lastModifiedMs: e.mtimeMs };
  }
  /** A local listing carries no MD5: it comes from the bytes (a preserved link: from its target text). */
  async hash(e) {
    if (!e.absPath) return void 0;
    if (e.linkTarget !== void 0) return createHash2("md5").update(e.linkTarget).digest("base64");
    return (await md5OfFile(e.absPath)).toString("base64");
  }
  /**
   * Deletes the file only if it is still the one that was listed (size and
   * time): a file written again since (a build still running, another job)
   * is kept and reported. The gap between this look and the delete is one
   * system call, not the whole job's.
   */
  async remove(e) {
    const now = await (e.linkTarget !== void 0 ? lstat3 : stat5)(e.absPath).catch((err) => {
      if (err.code === "ENOENT") return void 0;
      throw err;
    });
    if (!now) return;
    if (now.size !== e.size || fileTimeMs(now.mtimeMs) !== fileTimeMs(e.mtimeMs)) {
      throw new DestinationChangedError(`refused: the file changed after it was listed (listed ${e.size} bytes, now ${now.size}, modified since); it was not deleted. Run the job again to judge the new version`);
    }
    await rm(e.absPath, { force: true });
  }
  /** A LocalEntry is the file's own description: no copy per transfer. */
  localFile(e) {
    return e;
  }
  makeFolder(dir) {
    return this.folders ? this.folders(dir) : Promise.resolve();
  }
};

// src/storage/local/backend.ts
var localBackend = {
  kind: "local",
  parse: (text) => parseLocalLocation(text),
  // The registry only hands this backend the locations it parsed.
  open: (loc, role) => new LocalSide(loc, role)
};

// src/auth/secrets.ts
function sasParts(sas, fieldsReadable = false) {
  const sig = new URLSearchParams(sas).get("sig");
  const parts = sig ? [sas, sig] : [sas];
  return fieldsReadable ? parts.reverse() : parts;
}
function registerSas(sas, fieldsReadable = false) {
  if (!sas) return;
  for (const part of sasParts(sas, fieldsReadable)) registerSecret(part);
}
function registerInputSecrets(auth) {
  registerSas(auth.sasToken);
  registerSecret(auth.accountKey);
  registerSecret(auth.connectionString);
  if (auth.connectionString) registerSecret(/AccountKey=([^;]+)/i.exec(auth.connectionString)?.[1]);
}
function secretPartsOf(input, value) {
  const v = value.trim();
  if (!v) return [];
  const out = [];
  if (input === "source" || input === "destination") {
    const q = /^https?:\/\//i.test(v) ? v.indexOf("?") : -1;
    if (q >= 0) {
      const query = v.slice(q + 1);
      const sig = new URLSearchParams(query).get("sig");
      if (sig) out.push(query, sig);
    }
  } else {
    out.push(v);
    if (input === "sasToken") {
      const q = v.replace(/^\?/, "");
      out.push(q, new URLSearchParams(q).get("sig"));
    }
    if (input === "connectionString") out.push(/AccountKey=([^;]+)/i.exec(v)?.[1], /SharedAccessSignature=([^;]+)/i.exec(v)?.[1]);
  }
  return out.filter((s) => !!s && !!s.trim()).map((s) => s.trim());
}

// src/storage/remote-url.ts
function containerNameRule(pattern, noun) {
  return (name) => pattern.test(name) ? void 0 : `"${name}" is not a valid ${noun} name: 3 to 63 lowercase letters, digits and single hyphens, starting with a letter or digit`;
}
function parseRemoteUrl(text, url2, role, rules) {
  const host = url2.hostname.toLowerCase();
  const pathStyle = isPathStyle(url2);
  if (url2.protocol === "http:" && !pathStyle) {
    throw new UsageError(`the ${role} uses plain http to ${host}; Azure Storage needs https (http is only accepted for an emulator on a local address)`);
  }
  const segments2 = url2.pathname.split("/").filter((_, i) => i > 0);
  let decoded;
  try {
    decoded = segments2.map((s) => decodeURIComponent(s));
  } catch {
    throw new UsageError(`the ${role} URL has a malformed %-escape in its path`);
  }
  let account;
  let origin = `${url2.protocol}//${url2.host}`;
  const noun = rules.noun;
  const NOUN = noun.toUpperCase();
  if (pathStyle) {
    account = decoded.shift() ?? "";
    if (!account) throw new UsageError(`the ${role} URL ${origin} names no account: write ${origin}/ACCOUNT/${NOUN} (for the emulators the account is devstoreaccount1)`);
    origin = `${origin}/${encodeURIComponent(account)}`;
  } else {
    account = host.split(".")[0];
  }
  const container = decoded.shift() ?? "";
  if (!container) {
    throw new UsageError(`the ${role} URL names no ${noun}: write ${pathStyle ? origin : `${url2.protocol}//${url2.host}`}/${NOUN}[/PATH]`);
  }
  const problem = rules.nameProblem(container);
  if (problem) throw new UsageError(problem);
  const name = splitUrlName(segments2.slice(segments2.length - decoded.length), role);
  const path = (name.wildcard !== void 0 || name.contentsOnly ? name.parents.join("/") : [...name.parents, name.last].join("/")).replace(/^\/+/, "");
  const { contentsOnly, wildcard } = name;
  const sas = url2.search.length > 1 ? url2.search.slice(1) : void 0;
  if (sas) {
    const params = new URLSearchParams(sas);
    if (!params.get("sig")) throw new UsageError(`the ${role} URL has a query string but no SAS signature (sig=); give a full SAS token or none`);
    registerSas(sas, true);
  }
  return { kind: rules.kind, remote: true, serviceUrl: origin, account, container, path, contentsOnly, wildcard, sas, pathStyle, display: redact(text) };
}
function encodeObjectPath(name) {
  return name.split("/").map(encodeURIComponent).join("/");
}

// src/storage/blob/location.ts
var CONTAINER_NAME = /^(?:\$root|\$web|\$logs|[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62})$/;
function claimsBlobUrl(url2) {
  return !/\.(file|queue|table|dfs)\.core\./.test(url2.hostname.toLowerCase()) && !underFileEndpoint(url2);
}
function parseBlobUrl(text, url2, role) {
  return parseRemoteUrl(text, url2, role, {
    kind: "blob",
    noun: "container",
    nameProblem: containerNameRule(CONTAINER_NAME, "container")
  });
}

// src/storage/blob/name.ts
var MAX_BLOB_NAME_LENGTH = 1024;
var MAX_BLOB_NAME_SEGMENTS = 254;
function blobNameProblem(name) {
  if (name.length > MAX_BLOB_NAME_LENGTH) return `the blob name is ${name.length} characters long; Azure allows at most ${MAX_BLOB_NAME_LENGTH}`;
  const segments2 = name.split("/").length;
  if (segments2 > MAX_BLOB_NAME_SEGMENTS) return `the blob name has ${segments2} path segments; Azure allows at most ${MAX_BLOB_NAME_SEGMENTS}`;
  return void 0;
}

// src/auth/sas.ts
function sasFacts(sas) {
  const p = new URLSearchParams(sas);
  const se = p.get("se");
  const t = se ? Date.parse(se) : NaN;
  return { permissions: p.get("sp") ?? void 0, expiresAt: Number.isNaN(t) ? void 0 : t };
}
var PERMISSION_NAMES = { r: "read", l: "list", w: "write", c: "create", d: "delete", a: "add" };
function checkSas(sas, role, needed, now = Date.now()) {
  const facts = sasFacts(sas);
  const warnings = [];
  if (facts.expiresAt !== void 0) {
    if (facts.expiresAt <= now) {
      throw new UsageError(`the ${role} SAS expired at ${new Date(facts.expiresAt).toISOString()}; create a new one`);
    }
    const minutes = (facts.expiresAt - now) / 6e4;
    if (minutes < 60) {
      warnings.push(`the ${role} SAS expires in ${Math.max(1, Math.round(minutes))} min (at ${new Date(facts.expiresAt).toISOString()}); a long job will fail when it does`);
    }
  }
  if (facts.permissions !== void 0) {
    const missing = [...needed].filter((l) => !facts.permissions.includes(l) && !(l === "w" && facts.permissions.includes("c") && needed.includes("c")));
    if (missing.length) {
      const names = missing.map((l) => `${PERMISSION_NAMES[l] ?? l} (${l})`).join(", ");
      throw new UsageError(`the ${role} SAS lacks permission ${names} (it has sp=${facts.permissions}); create one that grants ${needed}`);
    }
  }
  return warnings;
}
function expiredSasMessage(err, sides, jobId, now = Date.now()) {
  const e = err;
  if (e?.statusCode !== 403) return void 0;
  for (const { role, sas } of sides) {
    if (!sas) continue;
    const { expiresAt } = sasFacts(sas);
    if (expiresAt !== void 0 && expiresAt <= now) {
      const flag = role === "source" || role === "destination" ? ` --${role}-sas NEW_SAS` : "";
      return `the ${role} SAS expired at ${new Date(expiresAt).toISOString()} during the job (HTTP 403); create a new one and run: azcp jobs resume ${jobId}${flag}`;
    }
  }
  return void 0;
}

// src/storage/sas-letters.ts
var SAS_LETTER = { read: "r", list: "l", write: "w", delete: "d", create: "c" };
var sasLetters = (needs) => needs.map((p) => SAS_LETTER[p]).join("");

// src/storage/object-sas.ts
var isObjectSas = (sas, resource) => new URLSearchParams(sas).get("sr") === resource;
function checkObjectSas(loc, role, sas, needs, words) {
  if (loc.path === "" || loc.path.endsWith("/") || loc.contentsOnly || loc.wildcard) {
    throw new UsageError(
      `the ${role} "${loc.display}" names a folder or the ${words.container}, but its SAS is a ${words.one} SAS (sr=${words.sr}), which grants one ${words.one} only: name that ${words.one}, or use a ${words.container} SAS`
    );
  }
  return checkSas(sas, role, sasLetters(needs.filter((p) => p !== "list")));
}

// src/storage/retry.ts
var SDK_BODY_RETRIES = 5;
var BodyIdleError = class extends Error {
  name = "BodyIdleError";
};
function watchBodyIdle(body2, ms) {
  if (!(ms > 0)) return { touch() {
  }, stop() {
  } };
  const stream = body2;
  let timer = setTimeout(() => stream.destroy?.(new BodyIdleError(`no data for ${ms} ms in the middle of a response (AZCP_TRY_TIMEOUT_MS)`)), ms);
  timer.unref();
  return {
    // refresh() restarts the same timer: a touch per chunk costs no allocation.
    touch: () => void timer?.refresh(),
    stop() {
      if (timer) clearTimeout(timer);
      timer = void 0;
    }
  };
}
var BODY_TRIES = 5;
async function withBodyRetries(stats, signal, attempt, beforeRetry) {
  for (let n = 1; ; n++) {
    let answered = false;
    try {
      return await attempt(() => answered = true);
    } catch (err) {
      if (!answered || signal?.aborted || n >= BODY_TRIES) throw err;
      beforeRetry?.();
      stats.retries++;
    }
  }
}
var RETRIABLE_STATUS = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var RETRIABLE_CODES = ["ECONNRESET", "ETIMEDOUT", "ESOCKETTIMEDOUT", "ECONNREFUSED", "EPIPE", "EAI_AGAIN", "REQUEST_SEND_ERROR", "UND_ERR_SOCKET", "ECONNABORTED"];
function isRetriableError(err) {
  const e = err;
  if (e?.name === "AbortError" && !/timeout|timed out/i.test(e.message ?? "")) return false;
  const text = `${e?.code ?? ""} ${e?.message ?? ""} ${e?.name ?? ""}`.toUpperCase();
  return RETRIABLE_CODES.some((c) => text.includes(c)) || /socket hang up|timed? ?out|aborted/i.test(e?.message ?? "");
}
function retryAfterMs(response) {
  const h = response.headers.get("retry-after");
  if (!h) return void 0;
  const secs = Number(h);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1e3);
  const at = Date.parse(h);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - Date.now());
}
function sleep(ms, signal) {
  return new Promise((resolve5, reject) => {
    if (signal?.aborted) return reject(abortError2());
    const timer = setTimeout(() => {
      signal?.removeEventListener?.("abort", onAbort);
      resolve5();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError2());
    };
    signal?.addEventListener?.("abort", onAbort, { once: true });
  });
}
function abortError2() {
  const e = new Error("The operation was aborted.");
  e.name = "AbortError";
  return e;
}
function retryPolicy(tuning, stats) {
  return {
    name: "azcpRetryPolicy",
    async sendRequest(request2, next) {
      const replayable = request2.body === void 0 || request2.body === null || typeof request2.body !== "object" || Buffer.isBuffer(request2.body) || typeof request2.body === "function" || request2.body instanceof Uint8Array;
      const outer = request2.abortSignal;
      for (let attempt = 1; ; attempt++) {
        let delay;
        const attemptAbort = new AbortController();
        let timedOut = false;
        const onOuterAbort = () => attemptAbort.abort();
        if (outer?.aborted) throw abortError2();
        outer?.addEventListener("abort", onOuterAbort, { once: true });
        const timer = tuning.tryTimeoutMs > 0 ? setTimeout(() => (timedOut = true, attemptAbort.abort()), tuning.tryTimeoutMs) : void 0;
        request2.abortSignal = attemptAbort.signal;
        let keepLink = false;
        try {
          const response = await next(request2);
          if (!RETRIABLE_STATUS.has(response.status) || attempt >= tuning.maxTries || !replayable || unnamedCopySourceFailure(request2, response)) {
            const body2 = response.readableStreamBody;
            if (body2 && outer && typeof body2.once === "function") {
              keepLink = true;
              body2.once("close", () => outer.removeEventListener?.("abort", onOuterAbort));
            }
            return response;
          }
          delay = retryAfterMs(response);
          response.readableStreamBody?.resume?.();
        } catch (err) {
          if (outer?.aborted || attempt >= tuning.maxTries || !replayable) throw timedOut && !outer?.aborted ? tryTimeoutError(tuning.tryTimeoutMs, err) : err;
          if (!timedOut && !isRetriableError(err)) throw err;
        } finally {
          if (timer) clearTimeout(timer);
          if (!keepLink) outer?.removeEventListener?.("abort", onOuterAbort);
          request2.abortSignal = outer;
        }
        const backoff = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** (attempt - 1));
        const wait = delay !== void 0 ? Math.min(delay, tuning.maxDelayMs) : Math.random() * backoff;
        stats.retries++;
        await sleep(wait, outer);
      }
    }
  };
}
function unnamedCopySourceFailure(request2, response) {
  return request2.headers.has("x-ms-copy-source") && isBare500(response.status, response.headers.get("x-ms-error-code"));
}
function tryTimeoutError(ms, cause) {
  const e = new Error(`no answer within ${ms} ms (AZCP_TRY_TIMEOUT_MS), after every retry`);
  e.name = "TimeoutError";
  e.code = "ETIMEDOUT";
  e.cause = cause;
  return e;
}

// src/storage/http.ts
var ipv6LiteralHostPolicy = {
  name: "azcpIpv6LiteralHost",
  sendRequest(request2, next) {
    const { hostname: hostname3 } = new URL(request2.url);
    if (hostname3.startsWith("[") && hostname3.endsWith("]")) {
      request2.requestOverrides = { ...request2.requestOverrides, hostname: hostname3.slice(1, -1) };
    }
    return next(request2);
  }
};
function useAzcpPolicies(sdkPipeline, serviceUrl, tuning, stats) {
  const core = sdkPipeline._corePipeline;
  if (core) {
    core.removePolicy({ name: "formDataPolicy" });
    core.removePolicy({ name: "storageRetryPolicy" });
    core.addPolicy(retryPolicy(tuning, stats), { phase: "Retry" });
    if (serviceUrl.includes("://[")) core.addPolicy(ipv6LiteralHostPolicy);
  }
  return core;
}

// src/auth/credential.ts
var DEV_ACCOUNT = "devstoreaccount1";
var DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
function parseConnectionString(cs) {
  const parts = {};
  for (const piece of cs.split(";")) {
    const eq = piece.indexOf("=");
    if (eq > 0) parts[piece.slice(0, eq).trim().toLowerCase()] = piece.slice(eq + 1).trim();
  }
  return {
    accountName: parts.accountname,
    accountKey: parts.accountkey,
    sas: parts.sharedaccesssignature,
    blobEndpoint: parts.blobendpoint
  };
}
function keyAuth(accountName, accountKey) {
  registerSecret(accountKey);
  return { kind: "key", account: accountName, accountKey };
}
function sasAuth(sas) {
  const clean = sas.replace(/^\?/, "");
  registerSas(clean);
  return { kind: "sas", sas: clean };
}
async function resolveAuth(loc, auth, hostCredential, env = process.env) {
  const envKey = env.AZCP_ACCOUNT_KEY ?? env.AZURE_STORAGE_KEY ?? env.AZURE_STORAGE_ACCOUNT_KEY;
  const envConn = env.AZCP_CONNECTION_STRING ?? env.AZURE_STORAGE_CONNECTION_STRING;
  const envSas = env.AZCP_SAS_TOKEN ?? env.AZURE_STORAGE_SAS_TOKEN;
  const isLoopback = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(loc.serviceUrl + "/");
  const fromConnectionString = (cs) => {
    registerSecret(cs);
    const parsed = parseConnectionString(cs);
    if (parsed.sas) return sasAuth(parsed.sas);
    if (parsed.accountKey) {
      if (parsed.accountName && parsed.accountName !== loc.account) {
        throw new UsageError(`the connection string is for account "${parsed.accountName}" but the URL names "${loc.account}"`);
      }
      return keyAuth(loc.account, parsed.accountKey);
    }
    throw new UsageError("the connection string has neither AccountKey nor SharedAccessSignature");
  };
  switch (auth.kind) {
    case "sas": {
      const sas = loc.sas ?? auth.sasToken ?? envSas;
      if (!sas) throw new UsageError("auth is sas but no SAS token was given: append ?SAS to the URL, or set sasToken / AZCP_SAS_TOKEN");
      return sasAuth(sas);
    }
    case "key": {
      const key = auth.accountKey ?? envKey ?? (isLoopback && loc.account === DEV_ACCOUNT ? DEV_KEY : void 0);
      if (!key) throw new UsageError("auth is key but no account key was given: set accountKey or AZCP_ACCOUNT_KEY");
      return keyAuth(loc.account, key);
    }
    case "connection-string": {
      const cs = auth.connectionString ?? envConn;
      if (!cs) throw new UsageError("auth is connection-string but none was given: set connectionString or AZCP_CONNECTION_STRING");
      return fromConnectionString(cs);
    }
    case "oidc":
    case "workload-identity":
    case "managed-identity":
    case "azure-cli": {
      if (hostCredential && (auth.kind === "oidc" || auth.kind === "workload-identity")) {
        return { kind: "token", credential: hostCredential, description: auth.kind };
      }
      const { buildTokenCredential } = await import("./identity-G4VMVXV3.js");
      return { kind: "token", credential: buildTokenCredential(auth, env), description: auth.kind };
    }
    case "login": {
      const session = readSession(env);
      if (!session) throw new UsageError("--auth login needs a saved sign-in: run azcp login first (azcp login status shows it)");
      return sessionAuth(session, env);
    }
    case "auto":
    default: {
      if (loc.sas) return sasAuth(loc.sas);
      if (auth.sasToken) return sasAuth(auth.sasToken);
      if (auth.accountKey) return keyAuth(loc.account, auth.accountKey);
      if (auth.connectionString) return fromConnectionString(auth.connectionString);
      if (hostCredential) return { kind: "token", credential: hostCredential, description: "host" };
      if (envSas) return sasAuth(envSas);
      if (envKey) return keyAuth(loc.account, envKey);
      if (envConn) return fromConnectionString(envConn);
      if (isLoopback && loc.account === DEV_ACCOUNT) return keyAuth(loc.account, DEV_KEY);
      if (isLoopback && loc.serviceUrl.startsWith("http:")) {
        throw new UsageError(`no credentials for account "${loc.account}" at ${loc.serviceUrl}: add ?SAS to the URL, or set AZCP_ACCOUNT_KEY or AZCP_CONNECTION_STRING`);
      }
      const session = readSession(env);
      if (session) return sessionAuth(session, env);
      const { buildTokenCredential } = await import("./identity-G4VMVXV3.js");
      return { kind: "token", credential: buildTokenCredential(auth, env), description: "identity chain" };
    }
  }
}
async function sessionAuth(session, env) {
  const { sessionCredential } = await import("./login-4MGHRRKV.js");
  return { kind: "token", credential: await sessionCredential(session, env), description: `azcp login (${session.method}, ${session.who})` };
}

// src/storage/blob/client.ts
function sdkCredential(auth) {
  if (auth.kind === "key") return new StorageSharedKeyCredential(auth.account, auth.accountKey);
  if (auth.kind === "token") return auth.credential;
  return new AnonymousCredential();
}
function serviceUrlWithSas(loc, auth) {
  return auth.kind === "sas" ? `${loc.serviceUrl}?${auth.sas}` : loc.serviceUrl;
}
async function openBlobSide(loc, authInputs, hostCredential, tuning = retryTuning(), stats = { retries: 0 }) {
  const auth = await resolveAuth(loc, authInputs, hostCredential);
  const credential = sdkCredential(auth);
  const sharedKey = credential instanceof StorageSharedKeyCredential ? credential : void 0;
  const pipeline2 = newPipeline(credential, {
    keepAliveOptions: { enable: true },
    // Our policy replaces the SDK's; one try here means "no SDK retries".
    retryOptions: { maxTries: 1 }
  });
  const service = new BlobServiceClient(serviceUrlWithSas(loc, auth), pipeline2);
  const core = useAzcpPolicies(pipeline2, loc.serviceUrl, tuning, stats);
  return {
    loc,
    auth,
    sharedKey,
    service,
    container: service.getContainerClient(loc.container),
    stats,
    tryTimeoutMs: tuning.tryTimeoutMs,
    oneBlob: auth.kind === "sas" && isObjectSas(auth.sas, "b"),
    raw: core ? { pipeline: core, httpClient: createDefaultHttpClient() } : void 0
  };
}

// src/storage/blob/entry.ts
var MTIME_METADATA_KEY = "mtime";
var SYMLINK_METADATA_KEY = "is_symlink";
function entryFromBlobItem(item, rootPrefix) {
  const props = item.properties;
  const lastModifiedMs = props.lastModified ? props.lastModified.getTime() : 0;
  const metaTime = item.metadata?.[MTIME_METADATA_KEY];
  const parsed = metaTime ? Date.parse(metaTime) : NaN;
  const md5 = props.contentMD5 ? Buffer.from(props.contentMD5).toString("base64") : void 0;
  return {
    name: item.name.slice(rootPrefix.length),
    blobName: item.name,
    size: props.contentLength ?? 0,
    mtimeMs: Number.isNaN(parsed) ? lastModifiedMs : parsed,
    lastModifiedMs,
    md5,
    tier: props.accessTier,
    etag: props.etag,
    contentType: props.contentType,
    ...props.cacheControl ? { cacheControl: props.cacheControl } : {},
    ...props.contentEncoding ? { contentEncoding: props.contentEncoding } : {},
    ...props.contentLanguage ? { contentLanguage: props.contentLanguage } : {},
    ...props.contentDisposition ? { contentDisposition: props.contentDisposition } : {},
    ...props.tagCount ? { tagCount: props.tagCount } : {},
    metadata: item.metadata
  };
}

// src/storage/blob/objects.ts
function accessFacts(conn, role) {
  return { role, account: conn.loc.account, container: conn.loc.container, serviceUrl: conn.loc.serviceUrl, containerNoun: "container" };
}
async function getBlobEntry(side, blobName, stripPrefix) {
  try {
    const p = await side.container.getBlobClient(blobName).getProperties();
    return entryFromBlobItem(
      {
        name: blobName,
        deleted: false,
        snapshot: "",
        metadata: p.metadata,
        properties: {
          lastModified: p.lastModified ?? /* @__PURE__ */ new Date(0),
          etag: p.etag ?? "",
          contentLength: p.contentLength,
          contentMD5: p.contentMD5,
          accessTier: p.accessTier,
          contentType: p.contentType,
          cacheControl: p.cacheControl,
          contentEncoding: p.contentEncoding,
          contentLanguage: p.contentLanguage,
          contentDisposition: p.contentDisposition,
          tagCount: p.tagCount
        }
      },
      stripPrefix
    );
  } catch (err) {
    if (err.statusCode === 404) return void 0;
    throw err;
  }
}
async function containerExists(side) {
  try {
    return await side.container.exists();
  } catch (err) {
    if (err.statusCode === 403) return true;
    throw err;
  }
}
async function deleteBlob(side, blobName, listedEtag) {
  try {
    await side.container.getBlobClient(blobName).delete({ deleteSnapshots: "include", conditions: listedEtag ? { ifMatch: listedEtag } : void 0 });
  } catch (err) {
    const status = err.statusCode;
    if (status === 404) return;
    if (status === 412) throw new DestinationChangedError("refused: the blob was written again after it was listed (its ETag changed); it was not deleted. Run the job again to judge the new version");
    throw err;
  }
}
async function makeContainer(side) {
  const res = await side.container.createIfNotExists();
  return res.succeeded;
}
async function probeContainer(side, role) {
  if (side.oneBlob) return probeBlob(side, role);
  try {
    await side.container.listBlobsFlat().byPage({ maxPageSize: 1 }).next();
  } catch (err) {
    throw preflightError(err, accessFacts(side, role));
  }
}
async function probeBlob(side, role) {
  try {
    await side.container.getBlobClient(side.loc.path).getProperties();
  } catch (err) {
    if (err.statusCode === 404) {
      if (role === "destination") return;
      throw new UsageError(`the ${role} "${side.loc.display}" does not exist: no blob ${side.loc.path} in container "${side.loc.container}"`);
    }
    throw preflightError(err, accessFacts(side, role));
  }
}
async function hasBlobsUnder(side, prefix2) {
  const first = await side.container.listBlobsFlat({ prefix: prefix2 }).byPage({ maxPageSize: 1 }).next();
  return !(first.done || first.value.segment.blobItems.length === 0);
}

// src/storage/blob/scope.ts
import { basename as basename3 } from "node:path";

// src/storage/blob/list-xml.ts
var ENTITY = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeXmlText(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e) => {
    if (e[0] !== "#") return ENTITY[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}
function element(xml, tag) {
  let i = xml.indexOf(`<${tag}`);
  while (i >= 0) {
    const after = xml.charCodeAt(i + tag.length + 1);
    if (after === 62 || after === 32 || after === 47 || after === 9 || after === 10 || after === 13) break;
    i = xml.indexOf(`<${tag}`, i + 1);
  }
  if (i < 0) return void 0;
  const close = xml.indexOf(">", i);
  if (close < 0) return void 0;
  if (xml.charCodeAt(close - 1) === 47) return { text: "", attrs: xml.slice(i + tag.length + 1, close - 1) };
  const end2 = xml.indexOf(`</${tag}>`, close);
  if (end2 < 0) return void 0;
  return { text: xml.slice(close + 1, end2), attrs: xml.slice(i + tag.length + 1, close) };
}
function nameOf(xml) {
  const n = element(xml, "Name");
  if (!n) return void 0;
  if (/Encoded\s*=\s*"true"/i.test(n.attrs)) return decodeURIComponent(n.text);
  return decodeXmlText(n.text);
}
function metadataOf(xml) {
  const out = {};
  const m = element(xml, "Metadata");
  if (!m || !m.text) return out;
  const re = /<([A-Za-z_][\w.-]*)\s*(?:\/>|>([\s\S]*?)<\/\1>)/g;
  let hit;
  while (hit = re.exec(m.text)) out[hit[1]] = decodeXmlText(hit[2] ?? "");
  return out;
}
function blobOf(xml) {
  const name = nameOf(xml);
  if (name === void 0) return void 0;
  const propsAt = xml.indexOf("<Properties>");
  const props = propsAt >= 0 ? xml.slice(propsAt, xml.indexOf("</Properties>", propsAt) + 13 || void 0) : xml;
  const text = (tag) => {
    const e = element(props, tag);
    return e && e.text !== "" ? decodeXmlText(e.text) : void 0;
  };
  const length = text("Content-Length");
  const tags = text("TagCount");
  return {
    name,
    lastModified: text("Last-Modified"),
    etag: text("Etag"),
    contentLength: length === void 0 ? void 0 : Number(length),
    contentType: text("Content-Type"),
    cacheControl: text("Cache-Control"),
    contentEncoding: text("Content-Encoding"),
    contentLanguage: text("Content-Language"),
    contentDisposition: text("Content-Disposition"),
    tagCount: tags === void 0 ? void 0 : Number(tags),
    contentMd5: text("Content-MD5"),
    accessTier: text("AccessTier"),
    metadata: metadataOf(xml)
  };
}
function parseListBlobs(xml) {
  const blobs = [];
  const prefixes = [];
  let pos = 0;
  let nextBlob = xml.indexOf("<Blob>", pos);
  let nextPrefix = xml.indexOf("<BlobPrefix>", pos);
  while (nextBlob >= 0 || nextPrefix >= 0) {
    if (nextPrefix >= 0 && (nextBlob < 0 || nextPrefix < nextBlob)) {
      const end3 = xml.indexOf("</BlobPrefix>", nextPrefix);
      if (end3 < 0) throw new Error("truncated List Blobs response");
      const name = nameOf(xml.slice(nextPrefix, end3));
      if (name !== void 0) prefixes.push(name);
      pos = end3 + 13;
      nextPrefix = xml.indexOf("<BlobPrefix>", pos);
      if (nextBlob >= 0 && nextBlob < pos) nextBlob = xml.indexOf("<Blob>", pos);
      continue;
    }
    const end2 = xml.indexOf("</Blob>", nextBlob);
    if (end2 < 0) throw new Error("truncated List Blobs response");
    const blob = blobOf(xml.slice(nextBlob, end2));
    if (blob) blobs.push(blob);
    pos = end2 + 7;
    nextBlob = xml.indexOf("<Blob>", pos);
    if (nextPrefix >= 0 && nextPrefix < pos) nextPrefix = xml.indexOf("<BlobPrefix>", pos);
  }
  if (xml.indexOf("</EnumerationResults>", pos) < 0) throw new Error("truncated List Blobs response (no closing EnumerationResults)");
  const tail = xml.slice(pos);
  const marker2 = element(tail, "NextMarker") ?? element(xml, "NextMarker");
  return { blobs, prefixes, nextMarker: marker2 && marker2.text ? decodeXmlText(marker2.text) : void 0 };
}

// src/storage/blob/raw-request.ts
var RAW_API_VERSION = "2025-01-05";
function blobObjectUrl(containerUrl, blobName) {
  const segments2 = blobName.split("/");
  if (segments2.some((seg) => seg === "." || seg === "..")) throw new Error(`the blob name "${blobName}" has a '.' or '..' segment, which a URL cannot address`);
  const url2 = new URL(containerUrl);
  const name = segments2.map(encodeURIComponent).join("/");
  url2.pathname = url2.pathname.endsWith("/") ? `${url2.pathname}${name}` : `${url2.pathname}/${name}`;
  url2.pathname = sdkPathEscape(url2.pathname);
  return url2.toString();
}
function sdkPathEscape(path) {
  return encodeURIComponent(path).replace(/%2F/g, "/").replace(/'/g, "%27").replace(/\+/g, "%20").replace(/%25/g, "%");
}
function rawRequest(url2, method, abortSignal) {
  const request2 = createPipelineRequest({ url: url2, method, allowInsecureConnection: true, abortSignal });
  request2.headers.set("x-ms-version", RAW_API_VERSION);
  return request2;
}
async function sendRaw(side, request2) {
  const { pipeline: pipeline2, httpClient } = side.raw;
  return pipeline2.sendRequest(httpClient, request2);
}
function serviceError(request2, response, body2) {
  const code = response.headers.get("x-ms-error-code") ?? /<Code>([^<]+)<\/Code>/.exec(body2)?.[1];
  const message = /<Message>([^<]+)<\/Message>/.exec(body2)?.[1]?.split("\n")[0] ?? `HTTP ${response.status}`;
  const err = new RestError(`${code ? `${code}: ` : ""}${message}`, { statusCode: response.status, code, request: request2, response });
  err.details = { errorCode: code };
  return err;
}

// src/storage/blob/list.ts
function isFolderMarker(item) {
  return (item.properties.contentLength ?? 0) === 0 && (item.metadata?.hdi_isfolder === "true" || item.name.endsWith("/"));
}
async function* listBlobs(side, options) {
  const pages = side.raw ? rawPages(side, options) : sdkPages(side, options);
  for await (const items of pages) {
    for (const item of items) {
      if (isFolderMarker(item)) {
        options.onSkip?.(item.name, "folder marker");
        continue;
      }
      yield entryFromBlobItem(item, options.stripPrefix);
    }
  }
}
async function* sdkPages(side, options) {
  const pages = options.recursive ? side.container.listBlobsFlat({ prefix: options.prefix || void 0, includeMetadata: true }).byPage({ maxPageSize: options.pageSize ?? 5e3 }) : side.container.listBlobsByHierarchy("/", { prefix: options.prefix || void 0, includeMetadata: true }).byPage({ maxPageSize: options.pageSize ?? 5e3 });
  for await (const page of pages) yield page.segment.blobItems;
}
function toBlobItem(b) {
  return {
    name: b.name,
    deleted: false,
    snapshot: "",
    metadata: b.metadata,
    properties: {
      lastModified: b.lastModified ? new Date(b.lastModified) : /* @__PURE__ */ new Date(0),
      etag: b.etag ?? "",
      contentLength: b.contentLength,
      contentType: b.contentType,
      cacheControl: b.cacheControl,
      contentEncoding: b.contentEncoding,
      contentLanguage: b.contentLanguage,
      contentDisposition: b.contentDisposition,
      tagCount: b.tagCount,
      contentMD5: b.contentMd5 ? new Uint8Array(Buffer.from(b.contentMd5, "base64")) : void 0,
      accessTier: b.accessTier
    }
  };
}
async function readText(stream, idleMs) {
  if (!stream) return "";
  const chunks = [];
  const idle = watchBodyIdle(stream, idleMs);
  try {
    for await (const chunk of stream) {
      idle.touch();
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    }
  } finally {
    idle.stop();
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function* rawPages(side, options) {
  const base = side.container.url;
  const pageUrl = (marker2) => {
    const url2 = new URL(base);
    url2.searchParams.set("restype", "container");
    url2.searchParams.set("comp", "list");
    url2.searchParams.set("maxresults", String(options.pageSize ?? 5e3));
    url2.searchParams.set("include", "metadata");
    if (options.prefix) url2.searchParams.set("prefix", options.prefix);
    if (!options.recursive) url2.searchParams.set("delimiter", "/");
    if (marker2) url2.searchParams.set("marker", marker2);
    return url2.toString();
  };
  let next = listPage(side, pageUrl(void 0));
  while (next) {
    const page = await next;
    next = page.nextMarker ? listPage(side, pageUrl(page.nextMarker)) : void 0;
    next?.catch(() => {
    });
    yield page.blobs.map(toBlobItem);
  }
}
async function listPage(side, url2) {
  return withBodyRetries(side.stats, void 0, async (answered) => {
    const request2 = rawRequest(url2, "GET");
    request2.streamResponseStatusCodes = /* @__PURE__ */ new Set([200]);
    const response = await sendRaw(side, request2);
    if (response.status !== 200) throw serviceError(request2, response, response.bodyAsText ?? "");
    answered();
    return parseListBlobs(await readText(response.readableStreamBody, side.tryTimeoutMs));
  });
}

// src/storage/blob/scope.ts
async function blobSourceScope(side, rules, ev) {
  const { command, recursive: recursive2 } = rules;
  const loc = side.loc;
  const path = loc.path.replace(/\/+$/, "");
  const listing = (prefix3, strip2, rec, quiet) => listBlobs(side, { prefix: prefix3, stripPrefix: strip2, recursive: rec, onSkip: (quiet ? QUIET : ev).onSkip });
  if (path === "" && !loc.contentsOnly && command === "copy") {
    const namePrefix = `${loc.container}/`;
    return {
      namePrefix,
      single: false,
      list: (quiet) => renamed(listing("", "", recursive2, quiet), namePrefix),
      listUnder: recursive2 ? (p, quiet) => renamed(listing(p, "", true, quiet), namePrefix) : void 0
    };
  }
  if (loc.contentsOnly || path === "") {
    const prefix3 = withSlash(path);
    return {
      namePrefix: "",
      single: false,
      list: (quiet) => byWildcard(listing(prefix3, prefix3, recursive2, quiet), loc.wildcard, ""),
      selects: loc.wildcard ? wildcardMatcher(loc.wildcard, "") : void 0,
      listUnder: recursive2 ? (p, quiet) => byWildcard(listing(prefix3 + p, prefix3, true, quiet), loc.wildcard, "") : void 0
    };
  }
  if (!loc.path.endsWith("/")) {
    const exact = await getBlobEntry(side, path, parentPrefix(path));
    if (exact) return { namePrefix: "", single: true, list: () => one(exact) };
    if (side.oneBlob) throw new UsageError(`the source "${loc.display}" does not exist: no blob ${path} in container "${loc.container}"`);
  }
  const prefix2 = `${path}/`;
  if (!await hasBlobsUnder(side, prefix2)) {
    throw new UsageError(`the source "${loc.display}" does not exist: no blob of that name and nothing under ${prefix2} in container "${loc.container}"`);
  }
  if (command === "copy" && !recursive2) {
    throw new UsageError(`the source "${loc.display}" is a virtual folder, not a blob: add --recursive to copy what is under it, or write ".../${basename3(path)}/*"`);
  }
  const strip = command === "copy" ? parentPrefix(path) : prefix2;
  return {
    namePrefix: prefix2.slice(strip.length),
    single: false,
    list: (quiet) => listing(prefix2, strip, recursive2, quiet),
    listUnder: recursive2 ? (p, quiet) => listing(prefix2 + p, strip, true, quiet) : void 0
  };
}
function blobTarget(name) {
  const problem = blobNameProblem(name);
  return problem ? { reason: problem } : { target: name };
}
async function blobDestinationScope(side, source, rules) {
  const { recursive: recursive2 } = rules;
  const loc = side.loc;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  if (source.single) {
    let exactName;
    if (loc.path !== "" && !loc.path.endsWith("/") && !loc.contentsOnly) {
      const exists = side.oneBlob || await getBlobEntry(side, loc.path, "");
      if (exists) exactName = loc.path;
      else {
        if (!await hasBlobsUnder(side, `${loc.path}/`)) exactName = loc.path;
      }
    }
    const prefix3 = exactName ? "" : withSlash(loc.path);
    const blobNameFor = (n) => exactName ?? prefix3 + n;
    return {
      list: () => foundAt(source.list(), (n) => getBlobEntry(side, blobNameFor(n), "")),
      locate: (n) => blobTarget(blobNameFor(n))
    };
  }
  if (side.oneBlob) throw new UsageError(`the destination "${loc.display}" has a blob SAS (sr=b), which grants one blob only, but the source is not one file or blob: use a container SAS`);
  const prefix2 = withSlash(loc.path);
  return {
    list: () => listBlobs(side, { prefix: prefix2 + source.namePrefix, stripPrefix: prefix2, recursive: recursive2 }),
    listUnder: recursive2 ? (p) => listBlobs(side, { prefix: prefix2 + source.namePrefix + p, stripPrefix: prefix2, recursive: true }) : void 0,
    locate: (n) => blobTarget(prefix2 + n)
  };
}
async function blobTargetScope(side, use) {
  const loc = side.loc;
  const single = loc.path && !loc.path.endsWith("/") && !loc.contentsOnly ? await getBlobEntry(side, loc.path, "") : void 0;
  const prefix2 = withSlash(loc.path);
  const strip = use === "list" ? prefix2 : "";
  const everything = () => listBlobs(side, { prefix: prefix2, stripPrefix: strip, recursive: true });
  return {
    single,
    async *list(signal) {
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, strip === "" ? prefix2 : "") : () => true;
      for await (const e of everything()) {
        signal?.throwIfAborted();
        if (named(e.name)) yield e;
      }
    },
    async any() {
      for await (const _ of listBlobs(side, { prefix: prefix2, stripPrefix: "", recursive: true })) return true;
      return false;
    },
    relist: () => single ? (async function* () {
      const still = await getBlobEntry(side, single.blobName, "");
      if (still) yield still;
    })() : listBlobs(side, { prefix: prefix2, stripPrefix: "", recursive: true })
  };
}

// src/storage/blob/upload.ts
import { createHash as createHash4 } from "node:crypto";

// src/storage/upload-headers.ts
function uploadHeaders(name, s) {
  const h = s.props?.headers;
  if (h) return { ...h, contentType: h.contentType ?? "application/octet-stream" };
  return {
    contentType: s.contentType ?? (s.guessMimeType ? s.guessType(name) : void 0) ?? "application/octet-stream",
    cacheControl: s.cacheControl
  };
}

// src/storage/ordered-pieces.ts
import { createHash as createHash3 } from "node:crypto";
import { open } from "node:fs/promises";

// src/storage/buffer-pool.ts
var spares = /* @__PURE__ */ new Map();
var MAX_SPARES_PER_SIZE = 16;
function takePiece(pieceSize, length) {
  if (length !== pieceSize) return Buffer.allocUnsafe(length);
  return spares.get(pieceSize)?.pop() ?? Buffer.allocUnsafeSlow(pieceSize);
}
function giveBackPiece(buf, pieceSize) {
  if (buf.length !== pieceSize || buf.buffer.byteLength !== pieceSize) return;
  const kept = spares.get(pieceSize) ?? [];
  if (kept.length < MAX_SPARES_PER_SIZE) kept.push(buf);
  spares.set(pieceSize, kept);
}

// src/storage/ordered-pieces.ts
async function sendPiecesInOrder(path, size, pieceSize, s, plan2) {
  const count = Math.ceil(size / pieceSize);
  const hash = createHash3("md5");
  let sent = 0;
  let reused = 0;
  const handle = await open(path, "r");
  try {
    let failure;
    const sending = [];
    for (let index = 0; index < count && !failure; index++) {
      const offset = index * pieceSize;
      const length = Math.min(pieceSize, size - offset);
      let readDone;
      const read = new Promise((r) => readDone = r);
      sending.push(
        s.memory.run(length, async () => {
          try {
            if (failure) return;
            const buf = takePiece(pieceSize, length);
            const { bytesRead } = await handle.read(buf, 0, length, offset);
            if (bytesRead !== length) throw new SourceChangedError(`the file changed size while uploading (listed ${size} bytes)`);
            hash.update(buf);
            const send2 = plan2({ index, offset, length, buf, md5UpToHere: () => hash.copy().digest() });
            readDone();
            if (!send2) {
              reused++;
              s.onBytes?.(length);
              giveBackPiece(buf, pieceSize);
              return;
            }
            await send2();
            giveBackPiece(buf, pieceSize);
            sent += length;
            s.onBytes?.(length);
          } catch (err) {
            failure ??= err;
          } finally {
            readDone();
          }
        })
      );
      await read;
    }
    await Promise.all(sending);
    if (failure) throw failure;
  } finally {
    await handle.close();
  }
  return { md5: hash.digest(), sent, reused };
}

// src/storage/blob/upload.ts
var DEFAULT_BLOCK_SIZE = 8 * 1024 * 1024;
var MAX_BLOCKS = 5e4;
var MiB = 1024 * 1024;
function blockSizeFor(fileSize, wanted = DEFAULT_BLOCK_SIZE) {
  const minimum = Math.ceil(fileSize / MAX_BLOCKS);
  if (wanted >= minimum) return wanted;
  return Math.ceil(minimum / MiB) * MiB;
}
var BLOCK_ID_TAG = Buffer.from("azcp-v2-");
var BLOCK_ID_BYTES = 36;
function blockIdFor(index, length, md5UpToHere) {
  const id = Buffer.alloc(BLOCK_ID_BYTES);
  BLOCK_ID_TAG.copy(id, 0);
  id.writeUInt32BE(index, 8);
  id.writeBigUInt64BE(BigInt(length), 12);
  md5UpToHere.copy(id, 20);
  return id.toString("base64");
}
function headersFor(blobName, s, md5) {
  const h = uploadHeaders(blobName, s);
  return {
    blobContentType: h.contentType,
    blobCacheControl: h.cacheControl,
    blobContentEncoding: h.contentEncoding,
    blobContentLanguage: h.contentLanguage,
    blobContentDisposition: h.contentDisposition,
    blobContentMD5: md5
  };
}
function metadataFor(s, mtimeMs) {
  return { ...s.props?.metadata ?? s.metadata, [MTIME_METADATA_KEY]: new Date(mtimeMs).toISOString() };
}
async function uploadFile(side, localPath, blobName, source, s) {
  const blockSize = blockSizeFor(source.size, s.blockSize ?? DEFAULT_BLOCK_SIZE);
  const link = source.linkTarget !== void 0;
  if (source.size <= blockSize || link) {
    return s.memory.run(link ? source.linkTarget.length : source.size, async () => {
      const body2 = link ? Buffer.from(source.linkTarget) : await readWhole(localPath, source.size);
      const md5 = createHash4("md5").update(body2).digest();
      const headers = headersFor(blobName, s, md5);
      const metadata2 = metadataFor(s, source.mtimeMs);
      if (link) metadata2[SYMLINK_METADATA_KEY] = "true";
      if (side.raw) await putBlobRaw(side, blobObjectUrl(side.container.url, blobName), body2, headers, metadata2, s);
      else await side.container.getBlockBlobClient(blobName).upload(body2, body2.length, { blobHTTPHeaders: headers, metadata: metadata2, tier: s.accessTier, tags: s.tags, abortSignal: s.abortSignal });
      s.onBytes?.(body2.length);
      return { bytes: body2.length, bytesSent: body2.length, blocksReused: 0, md5: md5.toString("base64") };
    });
  }
  return uploadInBlocks(side.container.getBlockBlobClient(blobName), localPath, blobName, source, blockSize, s);
}
async function putBlobRaw(side, url2, body2, headers, metadata2, s) {
  const request2 = rawRequest(url2, "PUT", s.abortSignal);
  request2.body = body2;
  request2.headers.set("x-ms-blob-type", "BlockBlob");
  request2.headers.set("Content-Length", String(body2.length));
  if (headers.blobContentType) request2.headers.set("x-ms-blob-content-type", headers.blobContentType);
  if (headers.blobCacheControl) request2.headers.set("x-ms-blob-cache-control", headers.blobCacheControl);
  if (headers.blobContentEncoding) request2.headers.set("x-ms-blob-content-encoding", headers.blobContentEncoding);
  if (headers.blobContentLanguage) request2.headers.set("x-ms-blob-content-language", headers.blobContentLanguage);
  if (headers.blobContentDisposition) request2.headers.set("x-ms-blob-content-disposition", headers.blobContentDisposition);
  if (s.tags && Object.keys(s.tags).length) request2.headers.set("x-ms-tags", tagsHeader(s.tags));
  if (headers.blobContentMD5) request2.headers.set("x-ms-blob-content-md5", Buffer.from(headers.blobContentMD5).toString("base64"));
  for (const [key, value] of Object.entries(metadata2)) request2.headers.set(`x-ms-meta-${key}`, value);
  if (s.accessTier) request2.headers.set("x-ms-access-tier", s.accessTier);
  const response = await sendRaw(side, request2);
  if (response.status !== 201) throw serviceError(request2, response, response.bodyAsText ?? "");
}
function tagsHeader(tags) {
  return Object.entries(tags).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
}
async function stagedBlocks(client, s) {
  try {
    const list = await client.getBlockList("uncommitted", { abortSignal: s.abortSignal });
    return new Map((list.uncommittedBlocks ?? []).map((b) => [b.name, b.size]));
  } catch (err) {
    if (err.statusCode === 404) return /* @__PURE__ */ new Map();
    throw err;
  }
}
async function uploadInBlocks(client, localPath, blobName, source, blockSize, s) {
  const ids = new Array(Math.ceil(source.size / blockSize));
  const already = await stagedBlocks(client, s);
  const { md5, sent: bytesSent, reused } = await sendPiecesInOrder(localPath, source.size, blockSize, s, (p) => {
    const id = blockIdFor(p.index, p.length, p.md5UpToHere());
    ids[p.index] = id;
    if (already.get(id) === p.length) return void 0;
    return () => client.stageBlock(id, p.buf, p.length, { abortSignal: s.abortSignal });
  });
  await assertUnchanged(localPath, source.size, source.mtimeMs);
  await client.commitBlockList(ids, {
    blobHTTPHeaders: headersFor(blobName, s, s.putMd5 ? md5 : void 0),
    metadata: metadataFor(s, source.mtimeMs),
    tier: s.accessTier,
    tags: s.tags,
    abortSignal: s.abortSignal
  });
  return { bytes: source.size, bytesSent, blocksReused: reused, md5: s.putMd5 ? md5.toString("base64") : void 0 };
}

// src/storage/blob/download.ts
import { createHash as createHash6 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { lutimes, open as open2, rename as rename2, rm as rm2, symlink, writeFile } from "node:fs/promises";
import { dirname as dirname4 } from "node:path";
import { Transform, addAbortSignal } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/storage/range-body.ts
import { createHash as createHash5 } from "node:crypto";
async function writeRangeBody(res, handle, offset, count, o) {
  if (!res.readableStreamBody) throw new Error("the service returned no body");
  const rangeHash = o.checkInTransit ? createHash5("md5") : void 0;
  const chunks = [];
  let filled = 0;
  const idle = watchBodyIdle(res.readableStreamBody, o.idleMs);
  try {
    for await (const chunk of res.readableStreamBody) {
      idle.touch();
      if (filled + chunk.length > count) throw new IntegrityError(`range at ${offset} brought more than the ${count} bytes asked for`);
      await handle.write(chunk, 0, chunk.length, offset + filled);
      o.copyInto?.set(chunk, filled);
      if (o.keepChunks) chunks.push(chunk);
      filled += chunk.length;
      rangeHash?.update(chunk);
      o.onBytes(chunk.length);
    }
  } finally {
    idle.stop();
  }
  if (filled !== count) throw new IntegrityError(`range at ${offset} brought ${filled} bytes, expected ${count}`);
  if (!rangeHash) return { chunks, unchecked: false };
  const sent = res.contentMD5 ? Buffer.from(res.contentMD5).toString("base64") : void 0;
  const hashed = rangeHash.digest("base64");
  if (sent === void 0) return { chunks, unchecked: true };
  return {
    chunks,
    unchecked: false,
    mismatch: sent === hashed ? void 0 : `MD5 mismatch in transit: the service sent bytes ${offset}-${offset + count - 1} with MD5 ${sent}, they arrived hashing to ${hashed}`
  };
}

// src/storage/blob/download.ts
var SMALL_BODY_BYTES = 1024 * 1024;
var SINGLE_GET_BLOCKS = 4;
var RANGE_MD5_MAX = 4 * 1024 * 1024;
async function downloadBlob(side, blob, target, s) {
  const check = s.checkMd5 !== "NoCheck";
  if (check && !blob.md5 && blob.size > 0 && s.checkMd5 === "FailIfDifferentOrMissing") {
    throw new IntegrityError("the blob has no Content-MD5, so its download cannot be verified (--check-md5 FailIfDifferentOrMissing); nothing was written");
  }
  await s.makeFolder(dirname4(target));
  const temp = tempPathFor(target);
  const blockSize = s.blockSize ?? DEFAULT_BLOCK_SIZE;
  const verify = !!blob.md5 && check;
  const inTransit = !blob.md5 && check && blob.size > 0;
  const verified = verify || check && blob.size === 0 ? "end-to-end" : inTransit ? "in-transit" : "none";
  try {
    const got = inTransit ? await rangedGet(side, blob, temp, Math.min(blockSize, RANGE_MD5_MAX), { whole: false, ranges: true }, s) : blob.size <= blockSize * SINGLE_GET_BLOCKS ? await streamedGet(side, blob, temp, verify, s) : await rangedGet(side, blob, temp, blockSize, { whole: verify, ranges: false }, s);
    if (got.bytes !== blob.size) throw new IntegrityError(`downloaded ${got.bytes} bytes but the blob has ${blob.size}`);
    const mismatch = verify && got.md5 !== blob.md5 ? `MD5 mismatch: the blob says ${blob.md5}, the downloaded bytes hash to ${got.md5}` : got.rangeMismatch;
    if (mismatch) {
      if (s.checkMd5 === "LogOnly") s.onWarning?.(`${blob.blobName}: ${mismatch}`);
      else throw new IntegrityError(mismatch);
    }
    await commitTempFile(temp, target, blob.mtimeMs);
    return { bytes: blob.size, verified: got.rangesUnchecked ? "none" : verified };
  } catch (err) {
    await rm2(temp, { force: true });
    throw err;
  }
}
var MAX_LINK_TARGET = 4096;
async function downloadLink(side, blob, target, s) {
  if (blob.size === 0 || blob.size > MAX_LINK_TARGET) throw new Error(`the blob is marked as a symbolic link but holds ${blob.size} bytes, not a link target`);
  await s.makeFolder(dirname4(target));
  const body2 = await side.container.getBlobClient(blob.blobName).downloadToBuffer(0, void 0, {
    abortSignal: s.abortSignal,
    conditions: blob.etag ? { ifMatch: blob.etag } : void 0
  });
  const linkTarget = body2.toString("utf8");
  if (linkTarget.includes("\0")) throw new Error("the blob is marked as a symbolic link but its target contains a NUL character");
  const temp = tempPathFor(target);
  await symlink(linkTarget, temp);
  try {
    const t = new Date(blob.mtimeMs);
    await lutimes(temp, t, t);
    await rename2(temp, target).catch((err) => {
      if (err.code === "EISDIR" || err.code === "ENOTEMPTY" || err.code === "EEXIST") throw new Error(`a folder already exists where the link "${target}" should go`);
      throw err;
    });
  } catch (err) {
    await rm2(temp, { force: true });
    throw err;
  }
  return { bytes: body2.length };
}
async function streamedGet(side, blob, temp, verify, s) {
  return s.memory.run(Math.min(blob.size, s.blockSize ?? DEFAULT_BLOCK_SIZE), async () => {
    let reported = 0;
    let tries = 0;
    const counted = { ...s, onBytes: (n) => (reported += n, s.onBytes?.(n)) };
    return withBodyRetries(
      side.stats,
      s.abortSignal,
      (answered) => (reported = 0, getIntoFile(side, blob, temp, verify, counted, answered, tries++ === 0)),
      () => s.onBytes?.(-reported)
    );
  });
}
async function getIntoFile(side, blob, temp, verify, s, onAnswered, fresh) {
  const body2 = side.raw ? await rawGetBody(side, blob, s) : await sdkGetBody(side, blob, s);
  onAnswered();
  const idle = watchBodyIdle(body2, side.tryTimeoutMs);
  const hash = verify ? createHash6("md5") : void 0;
  let bytes = 0;
  if (blob.size <= SMALL_BODY_BYTES) {
    const chunks = [];
    if (s.abortSignal) addAbortSignal(s.abortSignal, body2);
    try {
      for await (const chunk of body2) {
        idle.touch();
        hash?.update(chunk);
        bytes += chunk.length;
        s.onBytes?.(chunk.length);
        chunks.push(chunk);
        if (bytes > blob.size) break;
      }
    } finally {
      idle.stop();
    }
    await writeFile(temp, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), { flag: fresh ? "wx" : "w", signal: s.abortSignal });
    return { bytes, md5: hash?.digest("base64") };
  }
  const tap = new Transform({
    transform(chunk, _enc, done) {
      idle.touch();
      hash?.update(chunk);
      bytes += chunk.length;
      s.onBytes?.(chunk.length);
      done(null, chunk);
    }
  });
  try {
    await pipeline(body2, tap, createWriteStream(temp, { flags: fresh ? "wx" : "w" }), { signal: s.abortSignal });
  } finally {
    idle.stop();
  }
  return { bytes, md5: hash?.digest("base64") };
}
async function rawGetBody(side, blob, s) {
  const request2 = rawRequest(blobObjectUrl(side.container.url, blob.blobName), "GET", s.abortSignal);
  if (blob.etag) request2.headers.set("If-Match", blob.etag);
  request2.streamResponseStatusCodes = /* @__PURE__ */ new Set([200]);
  const response = await sendRaw(side, request2);
  if (response.status !== 200) throw serviceError(request2, response, response.bodyAsText ?? "");
  if (!response.readableStreamBody) throw new Error("the service returned no body");
  return response.readableStreamBody;
}
async function sdkGetBody(side, blob, s) {
  const res = await side.container.getBlobClient(blob.blobName).download(0, void 0, {
    abortSignal: s.abortSignal,
    maxRetryRequests: SDK_BODY_RETRIES,
    conditions: blob.etag ? { ifMatch: blob.etag } : void 0
  });
  if (!res.readableStreamBody) throw new Error("the service returned no body");
  return res.readableStreamBody;
}
async function rangedGet(side, blob, temp, blockSize, check, s) {
  const client = side.container.getBlobClient(blob.blobName);
  const handle = await open2(temp, "wx");
  const hash = check.whole ? createHash6("md5") : void 0;
  let rangeMismatch;
  let rangesUnchecked = 0;
  const finished2 = /* @__PURE__ */ new Map();
  const hashed = /* @__PURE__ */ new Map();
  let nextToHash = 0;
  const window = Math.max(2, Math.floor(s.memory.capacity / blockSize));
  let wake;
  let bytes = 0;
  const fetchRange = async (offset, count) => {
    let reported = 0;
    const buffer = hash ? takePiece(blockSize, count) : void 0;
    return withBodyRetries(
      side.stats,
      s.abortSignal,
      async (answered) => {
        reported = 0;
        const res = await client.download(offset, count, {
          abortSignal: s.abortSignal,
          conditions: blob.etag ? { ifMatch: blob.etag } : void 0,
          maxRetryRequests: SDK_BODY_RETRIES,
          rangeGetContentMD5: check.ranges
        });
        answered();
        const r = await writeRangeBody(res, handle, offset, count, {
          idleMs: side.tryTimeoutMs,
          copyInto: buffer,
          checkInTransit: check.ranges,
          onBytes: (n) => {
            reported += n;
            s.onBytes?.(n);
          }
        });
        if (r.unchecked) rangesUnchecked++;
        else if (r.mismatch) rangeMismatch ??= r.mismatch;
        return buffer;
      },
      () => s.onBytes?.(-reported)
    );
  };
  try {
    const ranges = Math.ceil(blob.size / blockSize);
    let failure;
    const tasks = [];
    for (let i = 0; i < ranges && !failure; i++) {
      while (hash && i >= nextToHash + window && !failure) await new Promise((r) => wake = r);
      tasks.push(
        s.memory.run(Math.min(blockSize, blob.size - i * blockSize), async () => {
          if (failure) return;
          const offset = i * blockSize;
          const count = Math.min(blockSize, blob.size - offset);
          try {
            const buffer = await fetchRange(offset, count);
            bytes += count;
            if (!hash || !buffer) return;
            finished2.set(i, buffer);
            for (let next = finished2.get(nextToHash); next; next = finished2.get(nextToHash)) {
              hash.update(next);
              finished2.delete(nextToHash);
              giveBackPiece(next, blockSize);
              hashed.get(nextToHash)?.();
              hashed.delete(nextToHash++);
            }
            if (nextToHash <= i && !failure) await new Promise((r) => hashed.set(i, r));
          } catch (err) {
            failure ??= err;
            for (const release of hashed.values()) release();
            hashed.clear();
          } finally {
            wake?.();
          }
        })
      );
    }
    await Promise.all(tasks);
    if (failure) throw failure;
    return { bytes, md5: hash?.digest("base64"), rangeMismatch, rangesUnchecked };
  } finally {
    await handle.close();
  }
}

// src/storage/blob/server-copy.ts
var weight = (bytes) => Math.min(bytes, DEFAULT_BLOCK_SIZE);
var SINGLE_SHOT_LIMIT = 256 * 1024 * 1024;
var BLOCK_FROM_URL_SIZE = 100 * 1024 * 1024;
var defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
function finalProperties(source, s) {
  const explicit = s.props ?? { headers: { contentType: s.contentType, cacheControl: s.cacheControl }, metadata: s.metadata };
  const kept = s.preserveProperties ? { ...source.headers, contentType: source.contentType } : {};
  const h = { ...kept, ...defined(explicit.headers) };
  const headers = {
    blobContentType: h.contentType,
    blobCacheControl: h.cacheControl,
    blobContentEncoding: h.contentEncoding,
    blobContentLanguage: h.contentLanguage,
    blobContentDisposition: h.contentDisposition,
    blobContentMD5: source.md5 ? Buffer.from(source.md5, "base64") : void 0
  };
  const metadata2 = { ...s.preserveProperties ? source.metadata ?? {} : {}, ...explicit.metadata, [MTIME_METADATA_KEY]: new Date(source.mtimeMs).toISOString() };
  const tags = s.tags ?? (s.preserveProperties ? source.tags : void 0);
  const tier = s.accessTier ?? (s.preserveTier && source.tier && source.tier !== "Archive" ? source.tier : void 0);
  const headersAfterCopy = !s.preserveProperties || Object.keys(defined(explicit.headers)).length > 0;
  return { headers, metadata: metadata2, tags, tier, headersAfterCopy };
}
async function copyFromSource(dst, source, destName, s) {
  const { headers, metadata: metadata2, tags, tier, headersAfterCopy } = finalProperties(source, s);
  const client = dst.container.getBlockBlobClient(destName);
  const common = { abortSignal: s.abortSignal, sourceAuthorization: source.authorization, tier, metadata: metadata2, tags };
  const setHeaders = async () => {
    if (headersAfterCopy) await client.setHTTPHeaders(headers, { abortSignal: s.abortSignal });
  };
  if (source.size <= SINGLE_SHOT_LIMIT) {
    if (!s.unsupported.has("putBlobFromUrl")) {
      try {
        await s.memory.run(weight(source.size), () => client.syncUploadFromURL(source.url, { ...common, blobHTTPHeaders: headers, copySourceBlobProperties: false }));
        s.onBytes?.(source.size);
        return { bytes: source.size };
      } catch (err) {
        if (!isNotImplemented(err)) throw err;
        s.unsupported.add("putBlobFromUrl");
      }
    }
    await s.memory.run(weight(source.size), async () => {
      await client.syncCopyFromURL(source.url, common);
      await setHeaders();
    });
    s.onBytes?.(source.size);
    return { bytes: source.size };
  }
  if (!s.unsupported.has("putBlockFromUrl")) {
    try {
      await copyInBlocks(client, source, s, headers, metadata2, tags, tier);
      return { bytes: source.size };
    } catch (err) {
      if (!isNotImplemented(err)) throw err;
      s.unsupported.add("putBlockFromUrl");
    }
  }
  const poller = await client.beginCopyFromURL(source.url, { abortSignal: s.abortSignal, metadata: metadata2, tier, tags, intervalInMs: 500 });
  const result = await poller.pollUntilDone();
  if (result.copyStatus !== "success") throw new Error(`the service's copy ended as ${result.copyStatus ?? "unknown"}`);
  await setHeaders();
  s.onBytes?.(source.size);
  return { bytes: source.size };
}
async function copyInBlocks(client, source, s, headers, metadata2, tags, tier) {
  const blockSize = blockSizeFor(source.size, BLOCK_FROM_URL_SIZE);
  const count = Math.ceil(source.size / blockSize);
  const ids = Array.from({ length: count }, (_, i) => Buffer.from(`azcp-s2s-${String(i).padStart(6, "0")}`).toString("base64"));
  let failure;
  await Promise.all(
    ids.map(
      (id, i) => s.memory.run(weight(Math.min(blockSize, source.size - i * blockSize)), async () => {
        if (failure) return;
        const offset = i * blockSize;
        const length = Math.min(blockSize, source.size - offset);
        try {
          await client.stageBlockFromURL(id, source.url, offset, length, { abortSignal: s.abortSignal, sourceAuthorization: source.authorization });
          s.onBytes?.(length);
        } catch (err) {
          failure ??= err;
        }
      })
    )
  );
  if (failure) throw failure;
  await client.commitBlockList(ids, { abortSignal: s.abortSignal, blobHTTPHeaders: headers, metadata: metadata2, tier, tags });
}

// src/storage/source-access.ts
var RENEW_BEFORE_MS = 60 * 6e4;
var SAS_LIFETIME_MS = 24 * 60 * 6e4;
var TOKEN_RENEW_BEFORE_MS = 5 * 6e4;
var cache = /* @__PURE__ */ new WeakMap();
async function sourceAccess(r) {
  switch (r.auth.kind) {
    case "sas":
      return { url: `${r.url}?${r.auth.sas}` };
    case "key": {
      let cached = cache.get(r.owner);
      if (!cached?.query || cached.expiresAt - Date.now() < RENEW_BEFORE_MS) {
        const expiresAt = Date.now() + SAS_LIFETIME_MS;
        const query = r.signReadSas(new Date(Date.now() - 5 * 6e4), new Date(expiresAt));
        registerSas(query);
        cache.set(r.owner, cached = { query, expiresAt });
      }
      return { url: `${r.url}?${cached.query}` };
    }
    case "token": {
      let cached = cache.get(r.owner);
      if (!cached?.bearer || cached.expiresAt - Date.now() < TOKEN_RENEW_BEFORE_MS) {
        const token = await r.auth.credential.getToken("https://storage.azure.com/.default");
        if (!token) throw new Error(`could not get a token to read the source ${r.noun}`);
        registerSecret(token.token);
        cache.set(r.owner, cached = { bearer: token.token, expiresAt: token.expiresOnTimestamp });
      }
      return { url: r.url, authorization: { scheme: "Bearer", value: cached.bearer } };
    }
    default:
      return { url: r.url };
  }
}

// src/storage/blob/copy-source.ts
async function blobCopySource(src, blob, withProperties = true) {
  const access = await blobAccess(src, blob);
  const out = { ...access, size: blob.size, mtimeMs: blob.mtimeMs, md5: blob.md5, contentType: blob.contentType, metadata: blob.metadata, tier: blob.tier };
  if (withProperties) {
    out.headers = { cacheControl: blob.cacheControl, contentEncoding: blob.contentEncoding, contentLanguage: blob.contentLanguage, contentDisposition: blob.contentDisposition };
    if (blob.tagCount) out.tags = (await src.container.getBlobClient(blob.blobName).getTags()).tags;
  }
  return out;
}
function blobAccess(src, blob) {
  return sourceAccess({
    owner: src,
    auth: src.auth,
    url: `${src.loc.serviceUrl}/${encodeURIComponent(src.loc.container)}/${encodeObjectPath(blob.blobName)}`,
    // A read-only SAS for the source container, so the destination account can read its blobs.
    signReadSas: (startsOn, expiresOn) => generateBlobSASQueryParameters({ containerName: src.loc.container, permissions: ContainerSASPermissions.parse("r"), startsOn, expiresOn }, src.sharedKey).toString(),
    noun: "blob"
  });
}

// src/storage/blob/properties.ts
async function setBlobProperties(c, e, props, parts) {
  const client = c.container.getBlobClient(e.blobName);
  if (parts.headers) {
    const h = props.headers;
    await client.setHTTPHeaders({
      blobContentType: h.contentType,
      blobCacheControl: h.cacheControl,
      blobContentEncoding: h.contentEncoding,
      blobContentLanguage: h.contentLanguage,
      blobContentDisposition: h.contentDisposition,
      blobContentMD5: e.md5 ? Buffer.from(e.md5, "base64") : void 0
    });
  }
  if (parts.metadata) {
    const own = {};
    for (const [k, v] of Object.entries(e.metadata ?? {})) if (k === MTIME_METADATA_KEY || k === SYMLINK_METADATA_KEY) own[k] = v;
    await client.setMetadata({ ...props.metadata, ...own });
  }
}

// src/storage/blob/side.ts
var BlobSide = class {
  constructor(location, role, access) {
    this.location = location;
    this.role = role;
    this.access = access;
  }
  location;
  role;
  access;
  kind = "blob";
  features = { remote: true, caseInsensitiveNames: false };
  nouns = { one: "blob", many: "blobs", container: "container" };
  stats = { retries: 0 };
  /** APIs the service answered 501 for: the server copy falls back once per job. */
  unsupported = /* @__PURE__ */ new Set();
  conn;
  /** The per-job part of the upload, download and copy settings, made once for the job's TransferJob. */
  settingsFor;
  get containerName() {
    return this.location.container;
  }
  get c() {
    if (!this.conn) throw new Error("BlobSide used before connect()");
    return this.conn;
  }
  async connect() {
    this.conn ??= await openBlobSide(this.location, this.access.auth, this.access.credential, retryTuning(), this.stats);
  }
  checkAccess(needs) {
    const a = this.c.auth;
    if (a.kind !== "sas") return [];
    if (this.c.oneBlob) return checkObjectSas(this.location, this.role, a.sas, needs, { one: "blob", container: "container", sr: "b" });
    return checkSas(a.sas, this.role, sasLetters(needs));
  }
  probe() {
    return probeContainer(this.c, this.role);
  }
  preflightError(err) {
    return preflightError(err, accessFacts(this.c, this.role));
  }
  /** A container or its contents as a source, any container path as a destination (blobSourceScope and blobDestinationScope make no request for these); never with a blob SAS. */
  listingProves() {
    if (this.c.oneBlob) return false;
    if (this.role !== "source") return true;
    return this.location.contentsOnly || this.location.path.replace(/\/+$/, "") === "";
  }
  sourceScope(rules, events) {
    return blobSourceScope(this.c, rules, events);
  }
  destinationScope(source, rules) {
    return blobDestinationScope(this.c, source, rules);
  }
  targetScope(use) {
    return blobTargetScope(this.c, use);
  }
  async stat(target, name = target) {
    const e = await getBlobEntry(this.c, target, "");
    return e && name !== target ? { ...e, name } : e;
  }
  properties(e) {
    return {
      fullName: e.blobName,
      size: e.size,
      lastModifiedMs: e.lastModifiedMs,
      md5: e.md5,
      contentType: e.contentType,
      tier: e.tier,
      etag: e.etag,
      metadata: e.metadata,
      headers: { contentType: e.contentType, cacheControl: e.cacheControl, contentEncoding: e.contentEncoding, contentLanguage: e.contentLanguage, contentDisposition: e.contentDisposition }
    };
  }
  /** Entries revived from deletions.jsonl keep blobName; a name is the blob name where none was stored. */
  remove(e) {
    return deleteBlob(this.c, e.blobName ?? e.name, e.etag || void 0);
  }
  containerExists() {
    return containerExists(this.c);
  }
  makeContainer() {
    return makeContainer(this.c);
  }
  settings(j) {
    if (this.settingsFor?.job !== j) {
      const memory = j.memory;
      this.settingsFor = {
        job: j,
        upload: {
          blockSize: j.blockSize,
          putMd5: j.putMd5,
          contentType: j.contentType,
          guessMimeType: j.guessMimeType,
          cacheControl: j.cacheControl,
          metadata: j.metadata,
          accessTier: j.accessTier,
          tags: j.blobTags,
          memory,
          abortSignal: j.signal,
          guessType: j.guessType
        },
        download: { blockSize: j.blockSize, checkMd5: j.checkMd5, memory, abortSignal: j.signal },
        copy: {
          accessTier: j.accessTier,
          metadata: j.metadata,
          cacheControl: j.cacheControl,
          contentType: j.contentType,
          tags: j.blobTags,
          preserveProperties: j.s2sPreserveProperties,
          preserveTier: j.s2sPreserveAccessTier,
          memory,
          abortSignal: j.signal,
          unsupported: this.unsupported
        }
      };
    }
    return this.settingsFor;
  }
  writeFromFile(f, target, j, io, props) {
    return uploadFile(this.c, f.absPath, target, f, { ...this.settings(j).upload, props, onBytes: io.onBytes }).then((r) => ({ bytes: r.bytesSent, reusedBlocks: r.blocksReused }));
  }
  readToFile(e, path, j, io) {
    if (j.preserveSymlinks && e.metadata?.[SYMLINK_METADATA_KEY] === "true") return downloadLink(this.c, e, path, { abortSignal: j.signal, makeFolder: j.makeFolder });
    return downloadBlob(this.c, e, path, { ...this.settings(j).download, onBytes: io.onBytes, onWarning: io.onWarning, makeFolder: j.makeFolder });
  }
  copySource(e, withProperties) {
    return blobCopySource(this.c, e, withProperties);
  }
  writeFromSource(s, target, j, io, props) {
    return copyFromSource(this.c, s, target, { ...this.settings(j).copy, props, onBytes: io.onBytes });
  }
  setProperties(e, props, parts) {
    return setBlobProperties(this.c, e, props, parts);
  }
};

// src/storage/blob/backend.ts
var blobBackend = {
  kind: "blob",
  claims: claimsBlobUrl,
  claimsWhenTold: claimsBlobUrl,
  parse: (text, url2, role) => parseBlobUrl(text, url2, role),
  nameProblem: blobNameProblem,
  // The registry only hands this backend the locations it parsed.
  open: (loc, role, access) => new BlobSide(loc, role, access)
};

// src/storage/file/name.ts
var MAX_FILE_NAME_LENGTH = 255;
var MAX_FILE_PATH_LENGTH = 2048;
var MAX_FILE_PATH_DEPTH = 250;
var SHARE_NAME = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/;
var FORBIDDEN = /["\\:|<>*?\u0000-\u001f]/;
function shown(c) {
  const code = c.charCodeAt(0);
  return code < 32 ? `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}` : `"${c}"`;
}
function fileNameProblem(path) {
  if (path.length > MAX_FILE_PATH_LENGTH) return `the path is ${path.length} characters long; Azure Files allows at most ${MAX_FILE_PATH_LENGTH}`;
  const segments2 = path.split("/");
  if (segments2.length > MAX_FILE_PATH_DEPTH + 1) return `the path is ${segments2.length - 1} directories deep; Azure Files allows at most ${MAX_FILE_PATH_DEPTH}`;
  for (const s of segments2) {
    if (s === "") continue;
    const bad = FORBIDDEN.exec(s);
    if (bad) return `"${printable(s)}" contains ${shown(bad[0])}, which Azure Files does not allow in a name`;
    if (s.length > MAX_FILE_NAME_LENGTH) return `the name "${printable(s).slice(0, 40)}\u2026" is ${s.length} characters long; Azure Files allows at most ${MAX_FILE_NAME_LENGTH}`;
    if (/[. ]$/.test(s)) return `"${printable(s)}" ends with a ${s.endsWith(".") ? "dot" : "space"}, which Azure Files strips from names (it would be stored under another name)`;
  }
  return void 0;
}
function printable(s) {
  return s.replace(/[\u0000-\u001f]/g, "?");
}

// src/storage/file/location.ts
function claimsFileUrl(url2) {
  return /\.file\.core\./.test(url2.hostname.toLowerCase()) || underFileEndpoint(url2);
}
function claimsFileUrlWhenTold(url2) {
  return claimsFileUrl(url2) || !/\.(blob|queue|table|dfs|web)\.core\./.test(url2.hostname.toLowerCase());
}
function parseFileUrl(text, url2, role) {
  return parseRemoteUrl(text, url2, role, {
    kind: "file",
    noun: "share",
    nameProblem: containerNameRule(SHARE_NAME, "share")
  });
}

// node_modules/@azure/storage-file-share/dist/esm/AccountSASPermissions.js
var AccountSASPermissions = class _AccountSASPermissions {
  /**
   * Parse initializes the AccountSASPermissions fields from a string.
   *
   * @param permissions -
   */
  static parse(permissions) {
    const accountSASPermissions = new _AccountSASPermissions();
    for (const c of permissions) {
      switch (c) {
        case "r":
          accountSASPermissions.read = true;
          break;
        case "w":
          accountSASPermissions.write = true;
          break;
        case "d":
          accountSASPermissions.delete = true;
          break;
        case "l":
          accountSASPermissions.list = true;
          break;
        case "a":
          accountSASPermissions.add = true;
          break;
        case "c":
          accountSASPermissions.create = true;
          break;
        case "u":
          accountSASPermissions.update = true;
          break;
        case "p":
          accountSASPermissions.process = true;
          break;
        default:
          throw new RangeError(`Invalid permission character: ${c}`);
      }
    }
    return accountSASPermissions;
  }
  /**
   * Permission to read resources and list queues and tables granted.
   */
  read = false;
  /**
   * Permission to write resources granted.
   */
  write = false;
  /**
   * Permission to delete blobs and files granted.
   */
  delete = false;
  /**
   * Permission to list blob containers, blobs, shares, directories, and files granted.
   */
  list = false;
  /**
   * Permission to add messages, table entities, and append to blobs granted.
   */
  add = false;
  /**
   * Permission to create blobs and files granted.
   */
  create = false;
  /**
   * Permissions to update messages and table entities granted.
   */
  update = false;
  /**
   * Permission to get and delete messages granted.
   */
  process = false;
  /**
   * Produces the SAS permissions string for an Azure Storage account.
   * Call this method to set AccountSASSignatureValues Permissions field.
   *
   * Using this method will guarantee the resource types are in
   * an order accepted by the service.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-an-account-sas
   *
   */
  toString() {
    const permissions = [];
    if (this.read) {
      permissions.push("r");
    }
    if (this.write) {
      permissions.push("w");
    }
    if (this.delete) {
      permissions.push("d");
    }
    if (this.list) {
      permissions.push("l");
    }
    if (this.add) {
      permissions.push("a");
    }
    if (this.create) {
      permissions.push("c");
    }
    if (this.update) {
      permissions.push("u");
    }
    if (this.process) {
      permissions.push("p");
    }
    return permissions.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/AccountSASResourceTypes.js
var AccountSASResourceTypes = class _AccountSASResourceTypes {
  /**
   * Creates an {@link AccountSASResourceTypes} from the specified resource types string. This method will throw an
   * Error if it encounters a character that does not correspond to a valid resource type.
   *
   * @param resourceTypes -
   */
  static parse(resourceTypes) {
    const accountSASResourceTypes = new _AccountSASResourceTypes();
    for (const c of resourceTypes) {
      switch (c) {
        case "s":
          accountSASResourceTypes.service = true;
          break;
        case "c":
          accountSASResourceTypes.container = true;
          break;
        case "o":
          accountSASResourceTypes.object = true;
          break;
        default:
          throw new RangeError(`Invalid resource type: ${c}`);
      }
    }
    return accountSASResourceTypes;
  }
  /**
   * Permission to access service level APIs granted.
   */
  service = false;
  /**
   * Permission to access container level APIs (Blob Containers, Tables, Queues, File Shares) granted.
   */
  container = false;
  /**
   * Permission to access object level APIs (Blobs, Table Entities, Queue Messages, Files) granted.
   */
  object = false;
  /**
   * Converts the given resource types to a string.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-an-account-sas
   *
   */
  toString() {
    const resourceTypes = [];
    if (this.service) {
      resourceTypes.push("s");
    }
    if (this.container) {
      resourceTypes.push("c");
    }
    if (this.object) {
      resourceTypes.push("o");
    }
    return resourceTypes.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/AccountSASServices.js
var AccountSASServices = class _AccountSASServices {
  /**
   * Creates an {@link AccountSASServices} from the specified services string. This method will throw an
   * Error if it encounters a character that does not correspond to a valid service.
   *
   * @param services -
   */
  static parse(services) {
    const accountSASServices = new _AccountSASServices();
    for (const c of services) {
      switch (c) {
        case "b":
          accountSASServices.blob = true;
          break;
        case "f":
          accountSASServices.file = true;
          break;
        case "q":
          accountSASServices.queue = true;
          break;
        case "t":
          accountSASServices.table = true;
          break;
        default:
          throw new RangeError(`Invalid service character: ${c}`);
      }
    }
    return accountSASServices;
  }
  /**
   * Permission to access blob resources granted.
   */
  blob = false;
  /**
   * Permission to access file resources granted.
   */
  file = false;
  /**
   * Permission to access queue resources granted.
   */
  queue = false;
  /**
   * Permission to access table resources granted.
   */
  table = false;
  /**
   * Converts the given services to a string.
   *
   */
  toString() {
    const services = [];
    if (this.blob) {
      services.push("b");
    }
    if (this.table) {
      services.push("t");
    }
    if (this.queue) {
      services.push("q");
    }
    if (this.file) {
      services.push("f");
    }
    return services.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/SasIPRange.js
function ipRangeToString(ipRange) {
  return ipRange.end ? `${ipRange.start}-${ipRange.end}` : ipRange.start;
}

// node_modules/@azure/storage-file-share/dist/esm/utils/constants.js
var SDK_VERSION = "12.31.0";
var SERVICE_VERSION = "2026-04-06";
var FILE_MAX_SIZE_BYTES = 4 * 1024 * 1024 * 1024 * 1024;
var FILE_RANGE_MAX_SIZE_BYTES = 4 * 1024 * 1024;
var DEFAULT_MAX_DOWNLOAD_RETRY_REQUESTS = 5;
var DEFAULT_HIGH_LEVEL_CONCURRENCY = 5;
var REQUEST_TIMEOUT = 100 * 1e3;
var StorageOAuthScopes = "https://storage.azure.com/.default";
var URLConstants = {
  Parameters: {
    FORCE_BROWSER_NO_CACHE: "_",
    SHARE_SNAPSHOT: "sharesnapshot",
    SIGNATURE: "sig",
    TIMEOUT: "timeout"
  }
};
var StorageFileLoggingAllowedHeaderNames = [
  "Access-Control-Allow-Origin",
  "Cache-Control",
  "Content-Length",
  "Content-Type",
  "Date",
  "Request-Id",
  "traceparent",
  "Transfer-Encoding",
  "User-Agent",
  "x-ms-client-request-id",
  "x-ms-date",
  "x-ms-error-code",
  "x-ms-request-id",
  "x-ms-return-client-request-id",
  "x-ms-version",
  "Accept-Ranges",
  "Content-Disposition",
  "Content-Encoding",
  "Content-Language",
  "Content-MD5",
  "Content-Range",
  "ETag",
  "Last-Modified",
  "Server",
  "Vary",
  "x-ms-content-crc64",
  "x-ms-copy-action",
  "x-ms-copy-completion-time",
  "x-ms-copy-id",
  "x-ms-copy-progress",
  "x-ms-copy-status",
  "x-ms-has-immutability-policy",
  "x-ms-has-legal-hold",
  "x-ms-lease-state",
  "x-ms-lease-status",
  "x-ms-range",
  "x-ms-request-server-encrypted",
  "x-ms-server-encrypted",
  "x-ms-snapshot",
  "x-ms-source-range",
  "x-ms-cache-control",
  "x-ms-content-disposition",
  "x-ms-content-encoding",
  "x-ms-content-language",
  "x-ms-content-length",
  "x-ms-content-md5",
  "x-ms-content-type",
  "x-ms-copy-source-error-code",
  "x-ms-copy-source-status-code",
  "x-ms-file-attributes",
  "x-ms-file-change-time",
  "x-ms-file-creation-time",
  "x-ms-file-id",
  "x-ms-file-last-write-time",
  "x-ms-file-parent-id",
  "x-ms-handle-id",
  "x-ms-number-of-handles-closed",
  "x-ms-recursive",
  "x-ms-share-quota",
  "x-ms-type",
  "x-ms-write"
];
var StorageFileLoggingAllowedQueryParameters = [
  "comp",
  "maxresults",
  "rscc",
  "rscd",
  "rsce",
  "rscl",
  "rsct",
  "se",
  "si",
  "sip",
  "sp",
  "spr",
  "sr",
  "srt",
  "ss",
  "st",
  "sv",
  "copyid",
  "restype"
];
var PathStylePorts = [
  "10000",
  "10001",
  "10002",
  "10003",
  "10004",
  "10100",
  "10101",
  "10102",
  "10103",
  "10104",
  "11000",
  "11001",
  "11002",
  "11003",
  "11004",
  "11100",
  "11101",
  "11102",
  "11103",
  "11104"
];

// node_modules/@azure/storage-file-share/dist/esm/utils/utils.common.js
function escapeURLPath(url2) {
  const urlParsed = new URL(url2);
  let path = urlParsed.pathname;
  path = path || "/";
  path = escape(path);
  urlParsed.pathname = path;
  return urlParsed.toString();
}
function getValueInConnString(connectionString, argument) {
  const elements = connectionString.split(";");
  for (const element2 of elements) {
    if (element2.trim().startsWith(argument)) {
      return element2.trim().match(argument + "=(.*)")[1];
    }
  }
  return "";
}
function extractConnectionStringParts(connectionString) {
  let fileEndpoint2 = getValueInConnString(connectionString, "FileEndpoint");
  fileEndpoint2 = fileEndpoint2.endsWith("/") ? fileEndpoint2.slice(0, -1) : fileEndpoint2;
  if (connectionString.search("DefaultEndpointsProtocol=") !== -1 && connectionString.search("AccountKey=") !== -1) {
    let defaultEndpointsProtocol = "";
    let accountName = "";
    let accountKey = Buffer.from("accountKey", "base64");
    let endpointSuffix = "";
    accountName = getValueInConnString(connectionString, "AccountName");
    accountKey = Buffer.from(getValueInConnString(connectionString, "AccountKey"), "base64");
    if (!fileEndpoint2) {
      defaultEndpointsProtocol = getValueInConnString(connectionString, "DefaultEndpointsProtocol");
      const protocol = defaultEndpointsProtocol.toLowerCase();
      if (protocol !== "https" && protocol !== "http") {
        throw new Error("Invalid DefaultEndpointsProtocol in the provided Connection String. Expecting 'https' or 'http'");
      }
      endpointSuffix = getValueInConnString(connectionString, "EndpointSuffix");
      if (!endpointSuffix) {
        throw new Error("Invalid EndpointSuffix in the provided Connection String");
      }
      fileEndpoint2 = `${defaultEndpointsProtocol}://${accountName}.file.${endpointSuffix}`;
    }
    if (!accountName) {
      throw new Error("Invalid AccountName in the provided Connection String");
    } else if (accountKey.length === 0) {
      throw new Error("Invalid AccountKey in the provided Connection String");
    }
    return {
      kind: "AccountConnString",
      url: fileEndpoint2,
      accountName,
      accountKey
    };
  } else {
    const accountSas = getValueInConnString(connectionString, "SharedAccessSignature");
    let accountName = getValueInConnString(connectionString, "AccountName");
    if (!accountName) {
      accountName = getAccountNameFromUrl(fileEndpoint2);
    }
    if (!fileEndpoint2) {
      throw new Error("Invalid FileEndpoint in the provided SAS Connection String");
    } else if (!accountSas) {
      throw new Error("Invalid SharedAccessSignature in the provided SAS Connection String");
    }
    return { kind: "SASConnString", url: fileEndpoint2, accountName, accountSas };
  }
}
function escape(text) {
  return encodeURIComponent(text).replace(/%2F/g, "/").replace(/'/g, "%27").replace(/\+/g, "%20").replace(/%25/g, "%");
}
function appendToURLPath(url2, name) {
  const urlParsed = new URL(url2);
  let path = urlParsed.pathname;
  path = path ? path.endsWith("/") ? `${path}${name}` : `${path}/${name}` : name;
  urlParsed.pathname = path;
  return urlParsed.toString();
}
function appendToURLQuery(url2, queryParts) {
  const urlParsed = new URL(url2);
  let query = urlParsed.search;
  if (query) {
    query += "&" + queryParts;
  } else {
    query = queryParts;
  }
  urlParsed.search = query;
  return urlParsed.toString();
}
function setURLParameter(url2, name, value) {
  const urlParsed = new URL(url2);
  const encodedName = encodeURIComponent(name);
  const encodedValue = value ? encodeURIComponent(value) : void 0;
  const searchString = urlParsed.search === "" ? "?" : urlParsed.search;
  const searchPieces = [];
  for (const pair of searchString.slice(1).split("&")) {
    if (pair) {
      const [key] = pair.split("=", 2);
      if (key !== encodedName) {
        searchPieces.push(pair);
      }
    }
  }
  if (encodedValue) {
    searchPieces.push(`${encodedName}=${encodedValue}`);
  }
  urlParsed.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
  return urlParsed.toString();
}
function truncatedISO8061Date(date, withMilliseconds = true) {
  const dateString = date.toISOString();
  return withMilliseconds ? dateString.substring(0, dateString.length - 1) + "0000Z" : dateString.substring(0, dateString.length - 5) + "Z";
}
function getAccountNameFromUrl(url2) {
  const parsedUrl = new URL(url2);
  let accountName;
  try {
    if (parsedUrl.hostname.split(".")[1] === "file") {
      url2 = url2.endsWith("/") ? url2.slice(0, -1) : url2;
      accountName = parsedUrl.hostname.split(".")[0];
    } else if (isIpEndpointStyle(parsedUrl)) {
      accountName = parsedUrl.pathname.split("/")[1];
    } else {
      accountName = "";
    }
    return accountName;
  } catch (error) {
    throw new Error("Unable to extract accountName with provided information.");
  }
}
function isIpEndpointStyle(parsedUrl) {
  const host = parsedUrl.host;
  return /^.*:.*:.*$|^(localhost|host.docker.internal)(:[0-9]+)?$|^(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])(\.(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])){3}(:[0-9]+)?$/.test(host) || Boolean(parsedUrl.port) && PathStylePorts.includes(parsedUrl.port);
}
function getShareNameAndPathFromUrl(url2) {
  let shareName;
  let path;
  let baseName2;
  try {
    const parsedUrl = new URL(url2);
    if (parsedUrl.hostname.split(".")[1] === "file") {
      const pathComponents = parsedUrl.pathname.match("/([^/]*)(/(.*))?");
      shareName = pathComponents[1];
      path = pathComponents[3];
    } else if (isIpEndpointStyle(parsedUrl)) {
      const pathComponents = parsedUrl.pathname.match("/([^/]*)/([^/]*)(/(.*))?");
      shareName = pathComponents[2];
      path = pathComponents[4];
    } else {
      const pathComponents = parsedUrl.pathname.match("/([^/]*)(/(.*))?");
      shareName = pathComponents[1];
      path = pathComponents[3];
    }
    shareName = decodeURIComponent(shareName);
    path = decodeURIComponent(path);
    baseName2 = path.split("/").pop();
    if (!shareName) {
      throw new Error("Provided shareName is invalid.");
    } else {
      return { baseName: baseName2, shareName, path };
    }
  } catch (error) {
    throw new Error("Unable to extract shareName and filePath/directoryPath with provided information.");
  }
}
function httpAuthorizationToString(httpAuthorization) {
  return httpAuthorization ? httpAuthorization.scheme + " " + httpAuthorization.value : void 0;
}
function setURLPath(url2, path) {
  const urlParsed = new URL(url2);
  urlParsed.pathname = path;
  return urlParsed.toString();
}
function setURLQueries(url2, queryString) {
  const urlParsed = new URL(url2);
  urlParsed.search = queryString;
  return urlParsed.toString();
}
function EscapePath(pathName) {
  const split = pathName.split("/");
  for (let i = 0; i < split.length; i++) {
    split[i] = encodeURIComponent(split[i]);
  }
  return split.join("/");
}
function assertResponse(response) {
  if (`_response` in response) {
    return response;
  }
  throw new TypeError(`Unexpected response object ${response}`);
}
function StringEncodedToString(name) {
  if (name.encoded) {
    return decodeURIComponent(name.content);
  } else {
    return name.content;
  }
}
function ConvertInternalResponseOfListFiles(internalResponse) {
  const wrappedResponse = {
    ...internalResponse,
    prefix: void 0,
    directoryPath: StringEncodedToString({
      encoded: internalResponse.encoded,
      content: internalResponse.directoryPath
    }),
    segment: {
      fileItems: internalResponse.segment.fileItems.map((fileItemInternal) => {
        const fileItem = {
          ...fileItemInternal,
          name: StringEncodedToString(fileItemInternal.name)
        };
        return fileItem;
      }),
      directoryItems: internalResponse.segment.directoryItems.map((directoryItemInternal) => {
        const directoryItem = {
          ...directoryItemInternal,
          name: StringEncodedToString(directoryItemInternal.name)
        };
        return directoryItem;
      })
    }
  };
  delete wrappedResponse.encoded;
  const listResponse = wrappedResponse;
  if (internalResponse.prefix) {
    listResponse.prefix = StringEncodedToString(internalResponse.prefix);
  }
  return listResponse;
}
function ConvertInternalResponseOfListHandles(internalResponse) {
  const wrappedResponse = {
    ...internalResponse,
    handleList: internalResponse.handleList ? internalResponse.handleList.map((handleItemInternal) => {
      const handleItem = {
        ...handleItemInternal,
        path: StringEncodedToString(handleItemInternal.path)
      };
      return handleItem;
    }) : void 0
  };
  return wrappedResponse;
}
function removeEmptyString(value) {
  return value ? value : void 0;
}
function asSharePermission(value) {
  const castSharePermission = value;
  if (castSharePermission["permission"] !== void 0) {
    return {
      permission: castSharePermission.permission,
      format: castSharePermission.format
    };
  }
  return {
    permission: value
  };
}
function parseOctalFileMode(input) {
  if (input === void 0) {
    return void 0;
  }
  if (input?.length !== 4) {
    throw new Error("Invalid format of input string");
  }
  const nfsFileMode = {
    owner: parseOctalRolePermissions(input[1]),
    group: parseOctalRolePermissions(input[2]),
    other: parseOctalRolePermissions(input[3]),
    effectiveUserIdentity: false,
    effectiveGroupIdentity: false,
    stickyBit: false
  };
  const value = Number.parseInt(input[0]);
  if ((value & 4) > 0) {
    nfsFileMode.effectiveUserIdentity = true;
  }
  if ((value & 2) > 0) {
    nfsFileMode.effectiveGroupIdentity = true;
  }
  if ((value & 1) > 0) {
    nfsFileMode.stickyBit = true;
  }
  return nfsFileMode;
}
function toOctalFileMode(input) {
  if (input === void 0)
    return void 0;
  let higherOrderDigit = 0;
  if (input?.effectiveUserIdentity) {
    higherOrderDigit |= 4;
  }
  if (input?.effectiveGroupIdentity) {
    higherOrderDigit |= 2;
  }
  if (input?.stickyBit) {
    higherOrderDigit |= 1;
  }
  let stringFileMode = higherOrderDigit.toString();
  stringFileMode += toOctalRolePermissions(input.owner);
  stringFileMode += toOctalRolePermissions(input.group);
  stringFileMode += toOctalRolePermissions(input.other);
  return stringFileMode;
}
function parseOctalRolePermissions(c) {
  const rolePermissions = {
    read: false,
    write: false,
    execute: false
  };
  const value = Number.parseInt(c);
  if (value < 0 || value > 7) {
    throw new Error("MustBeBetweenInclusive");
  }
  if ((value & 4) > 0) {
    rolePermissions.read = true;
  }
  if ((value & 2) > 0) {
    rolePermissions.write = true;
  }
  if ((value & 1) > 0) {
    rolePermissions.execute = true;
  }
  return rolePermissions;
}
function toOctalRolePermissions(rolePermissions) {
  let result = 0;
  if (rolePermissions.read === true) {
    result |= 4;
  }
  if (rolePermissions.write === true) {
    result |= 2;
  }
  if (rolePermissions.execute === true) {
    result |= 1;
  }
  return result.toString();
}
async function setUploadChecksumParameters(body2, contentLength2, parameters, uploadOptions, configContentChecksumAlgorithm) {
  let contentChecksumAlgorithm = uploadOptions.contentChecksumAlgorithm ?? configContentChecksumAlgorithm;
  if (contentChecksumAlgorithm === void 0) {
    contentChecksumAlgorithm = "Customized";
  }
  if (contentChecksumAlgorithm === "Auto") {
    contentChecksumAlgorithm = "StorageCrc64";
  }
  let bodyInfo = void 0;
  if (contentChecksumAlgorithm === "Customized") {
    parameters.contentMD5 = uploadOptions.contentMD5;
    parameters.transactionalContentCrc64 = uploadOptions.transactionalContentCrc64;
  } else if (contentChecksumAlgorithm === "StorageCrc64") {
    await StorageCRC64Calculator.init();
    bodyInfo = await structuredMessageEncoding(body2, contentLength2);
    parameters.structuredBodyType = "XSM/1.0; properties=crc64";
    parameters.structuredContentLength = contentLength2;
  }
  return {
    body: contentChecksumAlgorithm === "StorageCrc64" ? bodyInfo.body : body2,
    contentLength: contentChecksumAlgorithm === "StorageCrc64" ? bodyInfo.encodedContentLength : contentLength2,
    contentChecksumAlgorithm
  };
}

// node_modules/@azure/storage-file-share/dist/esm/SASQueryParameters.js
var SASProtocol;
(function(SASProtocol2) {
  SASProtocol2["Https"] = "https";
  SASProtocol2["HttpsAndHttp"] = "https,http";
})(SASProtocol || (SASProtocol = {}));
var SASQueryParameters = class {
  /**
   * The storage API version.
   */
  version;
  /**
   * Optional. The allowed HTTP protocol(s).
   */
  protocol;
  /**
   * Optional. The start time for this SAS token.
   */
  startsOn;
  /**
   * Optional only when identifier is provided. The expiry time for this SAS token.
   */
  expiresOn;
  /**
   * Optional only when identifier is provided.
   * Please refer to {@link AccountSASPermissions}, {@link FileSASPermissions}, or {@link ShareSASPermissions} for
   * more details.
   */
  permissions;
  /**
   * Optional. The storage services being accessed (only for Account SAS). Please refer to {@link AccountSASServices}
   * for more details.
   */
  services;
  /**
   * Optional. The storage resource types being accessed (only for Account SAS). Please refer to
   * {@link AccountSASResourceTypes} for more details.
   */
  resourceTypes;
  /**
   * Optional. The signed identifier (only for {@link FileSASSignatureValues}).
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/establishing-a-stored-access-policy
   */
  identifier;
  /**
   * Optional. Beginning in version 2025-07-05, this value specifies the Entra ID of the user who is authorized to
   * use the resulting SAS URL.  The resulting SAS URL must be used in conjunction with an Entra ID token that has been
   * issued to the user specified in this value.
   */
  delegatedUserObjectId;
  /**
   * Optional. The storage share or file path (only for {@link FileSASSignatureValues}).
   */
  resource;
  /**
   * The signature for the SAS token.
   */
  signature;
  /**
   * Value for cache-control header in Blob/File Service SAS.
   */
  cacheControl;
  /**
   * Value for content-disposition header in Blob/File Service SAS.
   */
  contentDisposition;
  /**
   * Value for content-encoding header in Blob/File Service SAS.
   */
  contentEncoding;
  /**
   * Value for content-length header in Blob/File Service SAS.
   */
  contentLanguage;
  /**
   * Value for content-type header in Blob/File Service SAS.
   */
  contentType;
  /**
   * The Azure Active Directory object ID in GUID format.
   * Property of user delegation key.
   */
  signedOid;
  /**
   * The Azure Active Directory tenant ID in GUID format.
   * Property of user delegation key.
   */
  signedTenantId;
  /**
   * The date-time the key is active.
   * Property of user delegation key.
   */
  signedStartsOn;
  /**
   * The date-time the key expires.
   * Property of user delegation key.
   */
  signedExpiresOn;
  /**
   * Abbreviation of the Azure Storage service that accepts the user delegation key.
   * Property of user delegation key.
   */
  signedService;
  /**
   * The service version that created the user delegation key.
   * Property of user delegation key.
   */
  signedVersion;
  /**
   * The delegated user tenant id in Azure AD.
   * Property of user delegation key.
   */
  signedDelegatedUserTid;
  /**
   * Inner value of getter ipRange.
   */
  ipRangeInner;
  /**
   * Optional. IP range allowed for this SAS.
   *
   * @readonly
   */
  get ipRange() {
    if (this.ipRangeInner) {
      return {
        end: this.ipRangeInner.end,
        start: this.ipRangeInner.start
      };
    }
    return void 0;
  }
  /**
   * Creates an instance of SASQueryParameters.
   *
   * @param version - Representing the storage version
   * @param signature - Representing the signature for the SAS token
   * @param permissions - Representing the storage permissions
   * @param services - Representing the storage services being accessed (only for Account SAS)
   * @param resourceTypes - Representing the storage resource types being accessed (only for Account SAS)
   * @param protocol - Representing the allowed HTTP protocol(s)
   * @param startsOn - Representing the start time for this SAS token
   * @param expiresOn - Representing the expiry time for this SAS token
   * @param ipRange - Representing the range of valid IP addresses for this SAS token
   * @param identifier - Representing the signed identifier (only for Service SAS)
   * @param resource - Representing the storage container or blob (only for Service SAS)
   * @param cacheControl - Representing the cache-control header (only for Blob/File Service SAS)
   * @param contentDisposition - Representing the content-disposition header (only for Blob/File Service SAS)
   * @param contentEncoding - Representing the content-encoding header (only for Blob/File Service SAS)
   * @param contentLanguage - Representing the content-language header (only for Blob/File Service SAS)
   * @param contentType - Representing the content-type header (only for Blob/File Service SAS)
   */
  constructor(version2, signature, permissions, services, resourceTypes, protocol, startsOn, expiresOn, ipRange, identifier, resource, cacheControl, contentDisposition, contentEncoding, contentLanguage, contentType3, userDelegationKey, delegatedUserObjectId) {
    this.version = version2;
    this.services = services;
    this.resourceTypes = resourceTypes;
    this.expiresOn = expiresOn;
    this.permissions = permissions;
    this.protocol = protocol;
    this.startsOn = startsOn;
    this.ipRangeInner = ipRange;
    this.identifier = identifier;
    this.resource = resource;
    this.signature = signature;
    this.cacheControl = cacheControl;
    this.contentDisposition = contentDisposition;
    this.contentEncoding = contentEncoding;
    this.contentLanguage = contentLanguage;
    this.contentType = contentType3;
    if (userDelegationKey) {
      this.signedOid = userDelegationKey.signedObjectId;
      this.signedTenantId = userDelegationKey.signedTenantId;
      this.signedStartsOn = userDelegationKey.signedStartsOn;
      this.signedExpiresOn = userDelegationKey.signedExpiresOn;
      this.signedService = userDelegationKey.signedService;
      this.signedVersion = userDelegationKey.signedVersion;
      this.signedDelegatedUserTid = userDelegationKey.signedDelegatedUserTenantId;
      this.delegatedUserObjectId = delegatedUserObjectId;
    }
  }
  /**
   * Encodes all SAS query parameters into a string that can be appended to a URL.
   *
   */
  toString() {
    const params = [
      "sv",
      "ss",
      "srt",
      "spr",
      "st",
      "se",
      "sip",
      "si",
      "sr",
      "sp",
      "sig",
      "rscc",
      "rscd",
      "rsce",
      "rscl",
      "rsct",
      "skoid",
      // Signed object ID
      "sktid",
      // Signed tenant ID
      "skt",
      // Signed key start time
      "ske",
      // Signed key expiry time
      "sks",
      // Signed key service
      "skv",
      // Signed key version
      "sduoid",
      // Signed key user delegation object ID
      "skdutid"
      // Signed key user delegation tenant ID
    ];
    const queries = [];
    for (const param of params) {
      switch (param) {
        case "sv":
          this.tryAppendQueryParameter(queries, param, this.version);
          break;
        case "ss":
          this.tryAppendQueryParameter(queries, param, this.services);
          break;
        case "srt":
          this.tryAppendQueryParameter(queries, param, this.resourceTypes);
          break;
        case "spr":
          this.tryAppendQueryParameter(queries, param, this.protocol);
          break;
        case "st":
          this.tryAppendQueryParameter(queries, param, this.startsOn ? truncatedISO8061Date(this.startsOn, false) : void 0);
          break;
        case "se":
          this.tryAppendQueryParameter(queries, param, this.expiresOn ? truncatedISO8061Date(this.expiresOn, false) : void 0);
          break;
        case "sip":
          this.tryAppendQueryParameter(queries, param, this.ipRange ? ipRangeToString(this.ipRange) : void 0);
          break;
        case "si":
          this.tryAppendQueryParameter(queries, param, this.identifier);
          break;
        case "sr":
          this.tryAppendQueryParameter(queries, param, this.resource);
          break;
        case "sp":
          this.tryAppendQueryParameter(queries, param, this.permissions);
          break;
        case "sig":
          this.tryAppendQueryParameter(queries, param, this.signature);
          break;
        case "rscc":
          this.tryAppendQueryParameter(queries, param, this.cacheControl);
          break;
        case "rscd":
          this.tryAppendQueryParameter(queries, param, this.contentDisposition);
          break;
        case "rsce":
          this.tryAppendQueryParameter(queries, param, this.contentEncoding);
          break;
        case "rscl":
          this.tryAppendQueryParameter(queries, param, this.contentLanguage);
          break;
        case "rsct":
          this.tryAppendQueryParameter(queries, param, this.contentType);
          break;
        case "skoid":
          this.tryAppendQueryParameter(queries, param, this.signedOid);
          break;
        case "sktid":
          this.tryAppendQueryParameter(queries, param, this.signedTenantId);
          break;
        case "skt":
          this.tryAppendQueryParameter(queries, param, this.signedStartsOn ? truncatedISO8061Date(this.signedStartsOn, false) : void 0);
          break;
        case "ske":
          this.tryAppendQueryParameter(queries, param, this.signedExpiresOn ? truncatedISO8061Date(this.signedExpiresOn, false) : void 0);
          break;
        case "sks":
          this.tryAppendQueryParameter(queries, param, this.signedService);
          break;
        case "skv":
          this.tryAppendQueryParameter(queries, param, this.signedVersion);
          break;
        case "sduoid":
          this.tryAppendQueryParameter(queries, param, this.delegatedUserObjectId);
          break;
        case "skdutid":
          this.tryAppendQueryParameter(queries, param, this.signedDelegatedUserTid);
          break;
      }
    }
    return queries.join("&");
  }
  /**
   * A private helper method used to filter and append query key/value pairs into an array.
   *
   * @param queries -
   * @param key -
   * @param value -
   */
  tryAppendQueryParameter(queries, key, value) {
    if (!value) {
      return;
    }
    key = encodeURIComponent(key);
    value = encodeURIComponent(value);
    if (key.length > 0 && value.length > 0) {
      queries.push(`${key}=${value}`);
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/AccountSASSignatureValues.js
function generateAccountSASQueryParameters(accountSASSignatureValues, sharedKeyCredential) {
  return generateAccountSASQueryParametersInternal(accountSASSignatureValues, sharedKeyCredential).sasQueryParameters;
}
function generateAccountSASQueryParametersInternal(accountSASSignatureValues, sharedKeyCredential) {
  const version2 = accountSASSignatureValues.version ? accountSASSignatureValues.version : SERVICE_VERSION;
  const parsedPermissions = AccountSASPermissions.parse(accountSASSignatureValues.permissions.toString()).toString();
  const parsedServices = AccountSASServices.parse(accountSASSignatureValues.services).toString();
  const parsedResourceTypes = AccountSASResourceTypes.parse(accountSASSignatureValues.resourceTypes).toString();
  let stringToSign;
  if (version2 >= "2020-12-06") {
    stringToSign = [
      sharedKeyCredential.accountName,
      parsedPermissions,
      parsedServices,
      parsedResourceTypes,
      accountSASSignatureValues.startsOn ? truncatedISO8061Date(accountSASSignatureValues.startsOn, false) : "",
      truncatedISO8061Date(accountSASSignatureValues.expiresOn, false),
      accountSASSignatureValues.ipRange ? ipRangeToString(accountSASSignatureValues.ipRange) : "",
      accountSASSignatureValues.protocol ? accountSASSignatureValues.protocol : "",
      version2,
      "",
      // Reserved for encryption scope
      ""
      // Account SAS requires an additional newline character
    ].join("\n");
  } else {
    stringToSign = [
      sharedKeyCredential.accountName,
      parsedPermissions,
      parsedServices,
      parsedResourceTypes,
      accountSASSignatureValues.startsOn ? truncatedISO8061Date(accountSASSignatureValues.startsOn, false) : "",
      truncatedISO8061Date(accountSASSignatureValues.expiresOn, false),
      accountSASSignatureValues.ipRange ? ipRangeToString(accountSASSignatureValues.ipRange) : "",
      accountSASSignatureValues.protocol ? accountSASSignatureValues.protocol : "",
      version2,
      ""
      // Account SAS requires an additional newline character
    ].join("\n");
  }
  const signature = sharedKeyCredential.computeHMACSHA256(stringToSign);
  return {
    sasQueryParameters: new SASQueryParameters(version2, signature, parsedPermissions, parsedServices, parsedResourceTypes, accountSASSignatureValues.protocol, accountSASSignatureValues.startsOn, accountSASSignatureValues.expiresOn, accountSASSignatureValues.ipRange),
    stringToSign
  };
}

// node_modules/@azure/storage-file-share/dist/esm/FileSASPermissions.js
var FileSASPermissions = class _FileSASPermissions {
  /**
   * Creates a FileSASPermissions from the specified permissions string. This method will throw an
   * Error if it encounters a character that does not correspond to a valid permission.
   *
   * @param permissions -
   */
  static parse(permissions) {
    const fileSASPermissions = new _FileSASPermissions();
    for (const char of permissions) {
      switch (char) {
        case "r":
          fileSASPermissions.read = true;
          break;
        case "c":
          fileSASPermissions.create = true;
          break;
        case "w":
          fileSASPermissions.write = true;
          break;
        case "d":
          fileSASPermissions.delete = true;
          break;
        default:
          throw new RangeError(`Invalid permission: ${char}`);
      }
    }
    return fileSASPermissions;
  }
  /**
   * Specifies Read access granted.
   */
  read = false;
  /**
   * Specifies Create access granted.
   */
  create = false;
  /**
   * Specifies Write access granted.
   */
  write = false;
  /**
   * Specifies Delete access granted.
   */
  delete = false;
  /**
   * Converts the given permissions to a string. Using this method will guarantee the permissions are in an
   * order accepted by the service.
   *
   * @returns A string which represents the FileSASPermissions
   */
  toString() {
    const permissions = [];
    if (this.read) {
      permissions.push("r");
    }
    if (this.create) {
      permissions.push("c");
    }
    if (this.write) {
      permissions.push("w");
    }
    if (this.delete) {
      permissions.push("d");
    }
    return permissions.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/ShareSASPermissions.js
var ShareSASPermissions = class _ShareSASPermissions {
  /**
   * Creates an {@link ShareSASPermissions} from the specified permissions string. This method will throw an
   * Error if it encounters a character that does not correspond to a valid permission.
   *
   * @param permissions -
   */
  static parse(permissions) {
    const shareSASPermissions = new _ShareSASPermissions();
    for (const char of permissions) {
      switch (char) {
        case "r":
          shareSASPermissions.read = true;
          break;
        case "c":
          shareSASPermissions.create = true;
          break;
        case "w":
          shareSASPermissions.write = true;
          break;
        case "d":
          shareSASPermissions.delete = true;
          break;
        case "l":
          shareSASPermissions.list = true;
          break;
        default:
          throw new RangeError(`Invalid permission ${char}`);
      }
    }
    return shareSASPermissions;
  }
  /**
   * Specifies Read access granted.
   */
  read = false;
  /**
   * Specifies Create access granted.
   */
  create = false;
  /**
   * Specifies Write access granted.
   */
  write = false;
  /**
   * Specifies Delete access granted.
   */
  delete = false;
  /**
   * Specifies List access granted.
   */
  list = false;
  /**
   * Converts the given permissions to a string. Using this method will guarantee the permissions are in an
   * order accepted by the service.
   *
   * The order of the characters should be as specified here to ensure correctness.
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   */
  toString() {
    const permissions = [];
    if (this.read) {
      permissions.push("r");
    }
    if (this.create) {
      permissions.push("c");
    }
    if (this.write) {
      permissions.push("w");
    }
    if (this.delete) {
      permissions.push("d");
    }
    if (this.list) {
      permissions.push("l");
    }
    return permissions.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/FileSASSignatureValues.js
function generateFileSASQueryParameters(fileSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName) {
  return generateFileSASQueryParametersInternal(fileSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName).sasQueryParameters;
}
function generateFileSASQueryParametersInternal(fileSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName) {
  const version2 = fileSASSignatureValues.version ? fileSASSignatureValues.version : SERVICE_VERSION;
  const sharedKeyCredential = sharedKeyCredentialOrUserDelegationKey instanceof StorageSharedKeyCredential ? sharedKeyCredentialOrUserDelegationKey : void 0;
  let userDelegationKeyCredential;
  if (sharedKeyCredential === void 0 && accountName !== void 0) {
    userDelegationKeyCredential = new UserDelegationKeyCredential(accountName, sharedKeyCredentialOrUserDelegationKey);
  }
  if (sharedKeyCredential !== void 0) {
    return generateFileSASQueryParametersDefault(fileSASSignatureValues, sharedKeyCredential);
  } else {
    if (version2 >= "2025-07-05") {
      return generateFileSASQueryParametersUDK20250705(fileSASSignatureValues, userDelegationKeyCredential, accountName);
    } else {
      throw new RangeError("'version' must be >= '2025-07-05' when generating user delegation SAS using user delegation key.");
    }
  }
}
function generateFileSASQueryParametersDefault(fileSASSignatureValues, sharedKeyCredential) {
  if (!fileSASSignatureValues.identifier && !(fileSASSignatureValues.permissions && fileSASSignatureValues.expiresOn)) {
    throw new RangeError("Must provide 'permissions' and 'expiresOn' for File SAS generation when 'identifier' is not provided.");
  }
  const version2 = fileSASSignatureValues.version ? fileSASSignatureValues.version : SERVICE_VERSION;
  let resource = "s";
  if (fileSASSignatureValues.filePath) {
    resource = "f";
  }
  let verifiedPermissions;
  if (fileSASSignatureValues.permissions) {
    if (fileSASSignatureValues.filePath) {
      verifiedPermissions = FileSASPermissions.parse(fileSASSignatureValues.permissions.toString()).toString();
    } else {
      verifiedPermissions = ShareSASPermissions.parse(fileSASSignatureValues.permissions.toString()).toString();
    }
  }
  const stringToSign = [
    verifiedPermissions,
    fileSASSignatureValues.startsOn ? truncatedISO8061Date(fileSASSignatureValues.startsOn, false) : "",
    fileSASSignatureValues.expiresOn ? truncatedISO8061Date(fileSASSignatureValues.expiresOn, false) : "",
    getCanonicalName(sharedKeyCredential.accountName, fileSASSignatureValues.shareName, fileSASSignatureValues.filePath),
    fileSASSignatureValues.identifier,
    fileSASSignatureValues.ipRange ? ipRangeToString(fileSASSignatureValues.ipRange) : "",
    fileSASSignatureValues.protocol,
    version2,
    fileSASSignatureValues.cacheControl,
    fileSASSignatureValues.contentDisposition,
    fileSASSignatureValues.contentEncoding,
    fileSASSignatureValues.contentLanguage,
    fileSASSignatureValues.contentType
  ].join("\n");
  const signature = sharedKeyCredential.computeHMACSHA256(stringToSign);
  return {
    sasQueryParameters: new SASQueryParameters(version2, signature, verifiedPermissions, void 0, void 0, fileSASSignatureValues.protocol, fileSASSignatureValues.startsOn, fileSASSignatureValues.expiresOn, fileSASSignatureValues.ipRange, fileSASSignatureValues.identifier, resource, fileSASSignatureValues.cacheControl, fileSASSignatureValues.contentDisposition, fileSASSignatureValues.contentEncoding, fileSASSignatureValues.contentLanguage, fileSASSignatureValues.contentType),
    stringToSign
  };
}
function generateFileSASQueryParametersUDK20250705(fileSASSignatureValues, userDelegationKeyCredential, accountName) {
  if (!(fileSASSignatureValues.permissions && fileSASSignatureValues.expiresOn)) {
    throw new RangeError("Must provide 'permissions' and 'expiresOn' for File SAS generation when generating user delegation SAS.");
  }
  const version2 = fileSASSignatureValues.version ? fileSASSignatureValues.version : SERVICE_VERSION;
  let resource = "s";
  if (fileSASSignatureValues.filePath) {
    resource = "f";
  }
  let verifiedPermissions;
  if (fileSASSignatureValues.permissions) {
    if (fileSASSignatureValues.filePath) {
      verifiedPermissions = FileSASPermissions.parse(fileSASSignatureValues.permissions.toString()).toString();
    } else {
      verifiedPermissions = ShareSASPermissions.parse(fileSASSignatureValues.permissions.toString()).toString();
    }
  }
  const stringToSign = [
    verifiedPermissions,
    fileSASSignatureValues.startsOn ? truncatedISO8061Date(fileSASSignatureValues.startsOn, false) : "",
    fileSASSignatureValues.expiresOn ? truncatedISO8061Date(fileSASSignatureValues.expiresOn, false) : "",
    getCanonicalName(accountName, fileSASSignatureValues.shareName, fileSASSignatureValues.filePath),
    userDelegationKeyCredential.userDelegationKey.signedObjectId,
    userDelegationKeyCredential.userDelegationKey.signedTenantId,
    userDelegationKeyCredential.userDelegationKey.signedStartsOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedStartsOn, false) : "",
    userDelegationKeyCredential.userDelegationKey.signedExpiresOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedExpiresOn, false) : "",
    userDelegationKeyCredential.userDelegationKey.signedService,
    userDelegationKeyCredential.userDelegationKey.signedVersion,
    userDelegationKeyCredential.userDelegationKey.signedDelegatedUserTenantId,
    // shared key delegation signed tenant id.
    fileSASSignatureValues.delegatedUserObjectId,
    fileSASSignatureValues.ipRange ? ipRangeToString(fileSASSignatureValues.ipRange) : "",
    fileSASSignatureValues.protocol,
    version2,
    fileSASSignatureValues.cacheControl,
    fileSASSignatureValues.contentDisposition,
    fileSASSignatureValues.contentEncoding,
    fileSASSignatureValues.contentLanguage,
    fileSASSignatureValues.contentType
  ].join("\n");
  const signature = userDelegationKeyCredential.computeHMACSHA256(stringToSign);
  return {
    sasQueryParameters: new SASQueryParameters(version2, signature, verifiedPermissions, void 0, void 0, fileSASSignatureValues.protocol, fileSASSignatureValues.startsOn, fileSASSignatureValues.expiresOn, fileSASSignatureValues.ipRange, fileSASSignatureValues.identifier, resource, fileSASSignatureValues.cacheControl, fileSASSignatureValues.contentDisposition, fileSASSignatureValues.contentEncoding, fileSASSignatureValues.contentLanguage, fileSASSignatureValues.contentType, userDelegationKeyCredential.userDelegationKey, fileSASSignatureValues.delegatedUserObjectId),
    stringToSign
  };
}
function getCanonicalName(accountName, shareName, filePath) {
  const elements = [`/file/${accountName}/${shareName}`];
  if (filePath) {
    elements.push(`/${filePath}`);
  }
  return elements.join("");
}

// node_modules/@azure/storage-file-share/dist/esm/log.js
var logger = createClientLogger("storage-file-share");

// node_modules/@azure/storage-file-share/dist/esm/Pipeline.js
function isPipelineLike(pipeline2) {
  if (!pipeline2 || typeof pipeline2 !== "object") {
    return false;
  }
  const castPipeline = pipeline2;
  return Array.isArray(castPipeline.factories) && typeof castPipeline.options === "object" && typeof castPipeline.toServiceClientOptions === "function";
}
var Pipeline = class {
  /**
   * A list of chained request policy factories.
   */
  factories;
  /**
   * Configures pipeline logger and HTTP client.
   */
  options;
  /**
   * Creates an instance of Pipeline. Customize HTTPClient by implementing IHttpClient interface.
   *
   * @param factories -
   * @param options -
   */
  constructor(factories, options = {}) {
    this.factories = factories;
    this.options = options;
  }
  /**
   * Transfer Pipeline object to ServiceClientOptions object which is required by
   * ServiceClient constructor.
   *
   * @returns The ServiceClientOptions object from this Pipeline.
   */
  toServiceClientOptions() {
    return {
      httpClient: this.options.httpClient,
      requestPolicyFactories: this.factories
    };
  }
};
function newPipeline2(credential, pipelineOptions = {}) {
  if (!credential) {
    credential = new AnonymousCredential();
  }
  const pipeline2 = new Pipeline([], pipelineOptions);
  pipeline2._credential = credential;
  return pipeline2;
}
function processDownlevelPipeline(pipeline2) {
  const knownFactoryFunctions = [
    isAnonymousCredential,
    isStorageSharedKeyCredential,
    isCoreHttpBearerTokenFactory,
    isStorageBrowserPolicyFactory,
    isStorageRetryPolicyFactory,
    isStorageTelemetryPolicyFactory,
    isCoreHttpPolicyFactory
  ];
  if (pipeline2.factories.length) {
    const novelFactories = pipeline2.factories.filter((factory) => {
      return !knownFactoryFunctions.some((knownFactory) => knownFactory(factory));
    });
    if (novelFactories.length) {
      const hasInjector = novelFactories.some((factory) => isInjectorPolicyFactory(factory));
      return {
        wrappedPolicies: createRequestPolicyFactoryPolicy(novelFactories),
        afterRetry: hasInjector
      };
    }
  }
  return void 0;
}
function getCoreClientOptions(pipeline2) {
  const { httpClient: v1Client, ...restOptions } = pipeline2.options;
  let httpClient = pipeline2._coreHttpClient;
  if (!httpClient) {
    httpClient = v1Client ? convertHttpClient(v1Client) : getCachedDefaultHttpClient();
    pipeline2._coreHttpClient = httpClient;
  }
  let corePipeline = pipeline2._corePipeline;
  if (!corePipeline) {
    const packageDetails = `azsdk-js-azure-storage-blob/${SDK_VERSION}`;
    const userAgentPrefix = restOptions.userAgentOptions && restOptions.userAgentOptions.userAgentPrefix ? `${restOptions.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    corePipeline = createClientPipeline({
      ...restOptions,
      loggingOptions: {
        additionalAllowedHeaderNames: StorageFileLoggingAllowedHeaderNames,
        additionalAllowedQueryParameters: StorageFileLoggingAllowedQueryParameters,
        logger: logger.info
      },
      userAgentOptions: {
        userAgentPrefix
      },
      serializationOptions: {
        stringifyXML,
        serializerOptions: {
          xml: {
            // Use customized XML char key of "#" so we can deserialize metadata
            // with "_" key
            xmlCharKey: "#"
          }
        }
      },
      deserializationOptions: {
        parseXML,
        serializerOptions: {
          xml: {
            // Use customized XML char key of "#" so we can deserialize metadata
            // with "_" key
            xmlCharKey: "#"
          }
        }
      }
    });
    corePipeline.removePolicy({ phase: "Retry" });
    corePipeline.removePolicy({ name: decompressResponsePolicyName });
    corePipeline.addPolicy(storageCorrectContentLengthPolicy());
    corePipeline.addPolicy(storageRetryPolicy(restOptions.retryOptions), { phase: "Retry" });
    corePipeline.addPolicy(storageRequestFailureDetailsParserPolicy());
    corePipeline.addPolicy(storageBrowserPolicy());
    const downlevelResults = processDownlevelPipeline(pipeline2);
    if (downlevelResults) {
      corePipeline.addPolicy(downlevelResults.wrappedPolicies, downlevelResults.afterRetry ? { afterPhase: "Retry" } : void 0);
    }
    const credential = getCredentialFromPipeline(pipeline2);
    if (isTokenCredential(credential)) {
      corePipeline.addPolicy(bearerTokenAuthenticationPolicy({
        credential,
        scopes: restOptions.audience ?? StorageOAuthScopes,
        challengeCallbacks: { authorizeRequestOnChallenge: authorizeRequestOnTenantChallenge }
      }), { phase: "Sign" });
    } else if (credential instanceof StorageSharedKeyCredential) {
      corePipeline.addPolicy(storageSharedKeyCredentialPolicy({
        accountName: credential.accountName,
        accountKey: credential.accountKey
      }), { phase: "Sign" });
    }
    pipeline2._corePipeline = corePipeline;
  }
  return {
    ...restOptions,
    allowInsecureConnection: true,
    httpClient,
    pipeline: corePipeline
  };
}
function getCredentialFromPipeline(pipeline2) {
  if (pipeline2._credential) {
    return pipeline2._credential;
  }
  let credential = new AnonymousCredential();
  for (const factory of pipeline2.factories) {
    if (isTokenCredential(factory.credential)) {
      credential = factory.credential;
    } else if (isStorageSharedKeyCredential(factory)) {
      return factory;
    }
  }
  return credential;
}
function isStorageSharedKeyCredential(factory) {
  if (factory instanceof StorageSharedKeyCredential) {
    return true;
  }
  return factory.constructor.name === "StorageSharedKeyCredential";
}
function isAnonymousCredential(factory) {
  if (factory instanceof AnonymousCredential) {
    return true;
  }
  return factory.constructor.name === "AnonymousCredential";
}
function isCoreHttpBearerTokenFactory(factory) {
  return isTokenCredential(factory.credential);
}
function isStorageBrowserPolicyFactory(factory) {
  if (factory instanceof StorageBrowserPolicyFactory) {
    return true;
  }
  return factory.constructor.name === "StorageBrowserPolicyFactory";
}
function isStorageRetryPolicyFactory(factory) {
  if (factory instanceof StorageRetryPolicyFactory) {
    return true;
  }
  return factory.constructor.name === "StorageRetryPolicyFactory";
}
function isStorageTelemetryPolicyFactory(factory) {
  return factory.constructor.name === "TelemetryPolicyFactory";
}
function isInjectorPolicyFactory(factory) {
  return factory.constructor.name === "InjectorPolicyFactory";
}
function isCoreHttpPolicyFactory(factory) {
  const knownPolicies = [
    "GenerateClientRequestIdPolicy",
    "TracingPolicy",
    "LogPolicy",
    "ProxyPolicy",
    "DisableResponseDecompressionPolicy",
    "KeepAlivePolicy",
    "DeserializationPolicy"
  ];
  const mockHttpClient = {
    sendRequest: async (request2) => {
      return {
        request: request2,
        headers: request2.headers.clone(),
        status: 500
      };
    }
  };
  const mockRequestPolicyOptions = {
    log(_logLevel, _message) {
    },
    shouldLog(_logLevel) {
      return false;
    }
  };
  const policyInstance = factory.create(mockHttpClient, mockRequestPolicyOptions);
  const policyName = policyInstance.constructor.name;
  return knownPolicies.some((knownPolicyName) => {
    return policyName.startsWith(knownPolicyName);
  });
}

// node_modules/@azure/storage-file-share/dist/esm/utils/tracing.js
var tracingClient = createTracingClient({
  packageName: "@azure/storage-file-share",
  packageVersion: SDK_VERSION,
  namespace: "Microsoft.Storage"
});

// node_modules/@azure/storage-file-share/dist/esm/generated/src/models/index.js
var KnownShareTokenIntent;
(function(KnownShareTokenIntent3) {
  KnownShareTokenIntent3["Backup"] = "backup";
})(KnownShareTokenIntent || (KnownShareTokenIntent = {}));
var KnownFilePropertySemantics;
(function(KnownFilePropertySemantics2) {
  KnownFilePropertySemantics2["New"] = "New";
  KnownFilePropertySemantics2["Restore"] = "Restore";
})(KnownFilePropertySemantics || (KnownFilePropertySemantics = {}));
var KnownNfsFileType;
(function(KnownNfsFileType2) {
  KnownNfsFileType2["Regular"] = "Regular";
  KnownNfsFileType2["Directory"] = "Directory";
  KnownNfsFileType2["SymLink"] = "SymLink";
})(KnownNfsFileType || (KnownNfsFileType = {}));
var KnownStorageErrorCode;
(function(KnownStorageErrorCode2) {
  KnownStorageErrorCode2["AccountAlreadyExists"] = "AccountAlreadyExists";
  KnownStorageErrorCode2["AccountBeingCreated"] = "AccountBeingCreated";
  KnownStorageErrorCode2["AccountIsDisabled"] = "AccountIsDisabled";
  KnownStorageErrorCode2["AuthenticationFailed"] = "AuthenticationFailed";
  KnownStorageErrorCode2["AuthorizationFailure"] = "AuthorizationFailure";
  KnownStorageErrorCode2["ConditionHeadersNotSupported"] = "ConditionHeadersNotSupported";
  KnownStorageErrorCode2["ConditionNotMet"] = "ConditionNotMet";
  KnownStorageErrorCode2["EmptyMetadataKey"] = "EmptyMetadataKey";
  KnownStorageErrorCode2["FileShareProvisionedBandwidthDowngradeNotAllowed"] = "FileShareProvisionedBandwidthDowngradeNotAllowed";
  KnownStorageErrorCode2["FileShareProvisionedIopsDowngradeNotAllowed"] = "FileShareProvisionedIopsDowngradeNotAllowed";
  KnownStorageErrorCode2["InsufficientAccountPermissions"] = "InsufficientAccountPermissions";
  KnownStorageErrorCode2["InternalError"] = "InternalError";
  KnownStorageErrorCode2["InvalidAuthenticationInfo"] = "InvalidAuthenticationInfo";
  KnownStorageErrorCode2["InvalidHeaderValue"] = "InvalidHeaderValue";
  KnownStorageErrorCode2["InvalidHttpVerb"] = "InvalidHttpVerb";
  KnownStorageErrorCode2["InvalidInput"] = "InvalidInput";
  KnownStorageErrorCode2["InvalidMd5"] = "InvalidMd5";
  KnownStorageErrorCode2["InvalidMetadata"] = "InvalidMetadata";
  KnownStorageErrorCode2["InvalidQueryParameterValue"] = "InvalidQueryParameterValue";
  KnownStorageErrorCode2["InvalidRange"] = "InvalidRange";
  KnownStorageErrorCode2["InvalidResourceName"] = "InvalidResourceName";
  KnownStorageErrorCode2["InvalidUri"] = "InvalidUri";
  KnownStorageErrorCode2["InvalidXmlDocument"] = "InvalidXmlDocument";
  KnownStorageErrorCode2["InvalidXmlNodeValue"] = "InvalidXmlNodeValue";
  KnownStorageErrorCode2["Md5Mismatch"] = "Md5Mismatch";
  KnownStorageErrorCode2["MetadataTooLarge"] = "MetadataTooLarge";
  KnownStorageErrorCode2["MissingContentLengthHeader"] = "MissingContentLengthHeader";
  KnownStorageErrorCode2["MissingRequiredQueryParameter"] = "MissingRequiredQueryParameter";
  KnownStorageErrorCode2["MissingRequiredHeader"] = "MissingRequiredHeader";
  KnownStorageErrorCode2["MissingRequiredXmlNode"] = "MissingRequiredXmlNode";
  KnownStorageErrorCode2["MultipleConditionHeadersNotSupported"] = "MultipleConditionHeadersNotSupported";
  KnownStorageErrorCode2["OperationTimedOut"] = "OperationTimedOut";
  KnownStorageErrorCode2["OutOfRangeInput"] = "OutOfRangeInput";
  KnownStorageErrorCode2["OutOfRangeQueryParameterValue"] = "OutOfRangeQueryParameterValue";
  KnownStorageErrorCode2["RequestBodyTooLarge"] = "RequestBodyTooLarge";
  KnownStorageErrorCode2["ResourceTypeMismatch"] = "ResourceTypeMismatch";
  KnownStorageErrorCode2["RequestUrlFailedToParse"] = "RequestUrlFailedToParse";
  KnownStorageErrorCode2["ResourceAlreadyExists"] = "ResourceAlreadyExists";
  KnownStorageErrorCode2["ResourceNotFound"] = "ResourceNotFound";
  KnownStorageErrorCode2["ServerBusy"] = "ServerBusy";
  KnownStorageErrorCode2["UnsupportedHeader"] = "UnsupportedHeader";
  KnownStorageErrorCode2["UnsupportedXmlNode"] = "UnsupportedXmlNode";
  KnownStorageErrorCode2["UnsupportedQueryParameter"] = "UnsupportedQueryParameter";
  KnownStorageErrorCode2["UnsupportedHttpVerb"] = "UnsupportedHttpVerb";
  KnownStorageErrorCode2["CannotDeleteFileOrDirectory"] = "CannotDeleteFileOrDirectory";
  KnownStorageErrorCode2["ClientCacheFlushDelay"] = "ClientCacheFlushDelay";
  KnownStorageErrorCode2["DeletePending"] = "DeletePending";
  KnownStorageErrorCode2["DirectoryNotEmpty"] = "DirectoryNotEmpty";
  KnownStorageErrorCode2["FileLockConflict"] = "FileLockConflict";
  KnownStorageErrorCode2["InvalidFileOrDirectoryPathName"] = "InvalidFileOrDirectoryPathName";
  KnownStorageErrorCode2["ParentNotFound"] = "ParentNotFound";
  KnownStorageErrorCode2["ReadOnlyAttribute"] = "ReadOnlyAttribute";
  KnownStorageErrorCode2["ShareAlreadyExists"] = "ShareAlreadyExists";
  KnownStorageErrorCode2["ShareBeingDeleted"] = "ShareBeingDeleted";
  KnownStorageErrorCode2["ShareDisabled"] = "ShareDisabled";
  KnownStorageErrorCode2["ShareNotFound"] = "ShareNotFound";
  KnownStorageErrorCode2["SharingViolation"] = "SharingViolation";
  KnownStorageErrorCode2["ShareSnapshotInProgress"] = "ShareSnapshotInProgress";
  KnownStorageErrorCode2["ShareSnapshotCountExceeded"] = "ShareSnapshotCountExceeded";
  KnownStorageErrorCode2["ShareSnapshotOperationNotSupported"] = "ShareSnapshotOperationNotSupported";
  KnownStorageErrorCode2["ShareHasSnapshots"] = "ShareHasSnapshots";
  KnownStorageErrorCode2["PreviousSnapshotNotFound"] = "PreviousSnapshotNotFound";
  KnownStorageErrorCode2["ContainerQuotaDowngradeNotAllowed"] = "ContainerQuotaDowngradeNotAllowed";
  KnownStorageErrorCode2["AuthorizationSourceIPMismatch"] = "AuthorizationSourceIPMismatch";
  KnownStorageErrorCode2["AuthorizationProtocolMismatch"] = "AuthorizationProtocolMismatch";
  KnownStorageErrorCode2["AuthorizationPermissionMismatch"] = "AuthorizationPermissionMismatch";
  KnownStorageErrorCode2["AuthorizationServiceMismatch"] = "AuthorizationServiceMismatch";
  KnownStorageErrorCode2["AuthorizationResourceTypeMismatch"] = "AuthorizationResourceTypeMismatch";
  KnownStorageErrorCode2["FeatureVersionMismatch"] = "FeatureVersionMismatch";
  KnownStorageErrorCode2["ShareSnapshotNotFound"] = "ShareSnapshotNotFound";
  KnownStorageErrorCode2["FileShareProvisionedIopsInvalid"] = "FileShareProvisionedIopsInvalid";
  KnownStorageErrorCode2["FileShareProvisionedBandwidthInvalid"] = "FileShareProvisionedBandwidthInvalid";
  KnownStorageErrorCode2["FileShareProvisionedStorageInvalid"] = "FileShareProvisionedStorageInvalid";
  KnownStorageErrorCode2["TotalSharesProvisionedCapacityExceedsAccountLimit"] = "TotalSharesProvisionedCapacityExceedsAccountLimit";
  KnownStorageErrorCode2["TotalSharesProvisionedIopsExceedsAccountLimit"] = "TotalSharesProvisionedIopsExceedsAccountLimit";
  KnownStorageErrorCode2["TotalSharesProvisionedBandwidthExceedsAccountLimit"] = "TotalSharesProvisionedBandwidthExceedsAccountLimit";
  KnownStorageErrorCode2["TotalSharesCountExceedsAccountLimit"] = "TotalSharesCountExceedsAccountLimit";
})(KnownStorageErrorCode || (KnownStorageErrorCode = {}));

// node_modules/@azure/storage-file-share/dist/esm/generated/src/models/mappers.js
var mappers_exports = {};
__export(mappers_exports, {
  AccessPolicy: () => AccessPolicy,
  ClearRange: () => ClearRange,
  CorsRule: () => CorsRule,
  DirectoryCreateExceptionHeaders: () => DirectoryCreateExceptionHeaders,
  DirectoryCreateHeaders: () => DirectoryCreateHeaders,
  DirectoryDeleteExceptionHeaders: () => DirectoryDeleteExceptionHeaders,
  DirectoryDeleteHeaders: () => DirectoryDeleteHeaders,
  DirectoryForceCloseHandlesExceptionHeaders: () => DirectoryForceCloseHandlesExceptionHeaders,
  DirectoryForceCloseHandlesHeaders: () => DirectoryForceCloseHandlesHeaders,
  DirectoryGetPropertiesExceptionHeaders: () => DirectoryGetPropertiesExceptionHeaders,
  DirectoryGetPropertiesHeaders: () => DirectoryGetPropertiesHeaders,
  DirectoryItem: () => DirectoryItem,
  DirectoryListFilesAndDirectoriesSegmentExceptionHeaders: () => DirectoryListFilesAndDirectoriesSegmentExceptionHeaders,
  DirectoryListFilesAndDirectoriesSegmentHeaders: () => DirectoryListFilesAndDirectoriesSegmentHeaders,
  DirectoryListHandlesExceptionHeaders: () => DirectoryListHandlesExceptionHeaders,
  DirectoryListHandlesHeaders: () => DirectoryListHandlesHeaders,
  DirectoryRenameExceptionHeaders: () => DirectoryRenameExceptionHeaders,
  DirectoryRenameHeaders: () => DirectoryRenameHeaders,
  DirectorySetMetadataExceptionHeaders: () => DirectorySetMetadataExceptionHeaders,
  DirectorySetMetadataHeaders: () => DirectorySetMetadataHeaders,
  DirectorySetPropertiesExceptionHeaders: () => DirectorySetPropertiesExceptionHeaders,
  DirectorySetPropertiesHeaders: () => DirectorySetPropertiesHeaders,
  FileAbortCopyExceptionHeaders: () => FileAbortCopyExceptionHeaders,
  FileAbortCopyHeaders: () => FileAbortCopyHeaders,
  FileAcquireLeaseExceptionHeaders: () => FileAcquireLeaseExceptionHeaders,
  FileAcquireLeaseHeaders: () => FileAcquireLeaseHeaders,
  FileBreakLeaseExceptionHeaders: () => FileBreakLeaseExceptionHeaders,
  FileBreakLeaseHeaders: () => FileBreakLeaseHeaders,
  FileChangeLeaseExceptionHeaders: () => FileChangeLeaseExceptionHeaders,
  FileChangeLeaseHeaders: () => FileChangeLeaseHeaders,
  FileCreateExceptionHeaders: () => FileCreateExceptionHeaders,
  FileCreateHardLinkExceptionHeaders: () => FileCreateHardLinkExceptionHeaders,
  FileCreateHardLinkHeaders: () => FileCreateHardLinkHeaders,
  FileCreateHeaders: () => FileCreateHeaders,
  FileCreateSymbolicLinkExceptionHeaders: () => FileCreateSymbolicLinkExceptionHeaders,
  FileCreateSymbolicLinkHeaders: () => FileCreateSymbolicLinkHeaders,
  FileDeleteExceptionHeaders: () => FileDeleteExceptionHeaders,
  FileDeleteHeaders: () => FileDeleteHeaders,
  FileDownloadExceptionHeaders: () => FileDownloadExceptionHeaders,
  FileDownloadHeaders: () => FileDownloadHeaders,
  FileForceCloseHandlesExceptionHeaders: () => FileForceCloseHandlesExceptionHeaders,
  FileForceCloseHandlesHeaders: () => FileForceCloseHandlesHeaders,
  FileGetPropertiesExceptionHeaders: () => FileGetPropertiesExceptionHeaders,
  FileGetPropertiesHeaders: () => FileGetPropertiesHeaders,
  FileGetRangeListExceptionHeaders: () => FileGetRangeListExceptionHeaders,
  FileGetRangeListHeaders: () => FileGetRangeListHeaders,
  FileGetSymbolicLinkExceptionHeaders: () => FileGetSymbolicLinkExceptionHeaders,
  FileGetSymbolicLinkHeaders: () => FileGetSymbolicLinkHeaders,
  FileItem: () => FileItem,
  FileListHandlesExceptionHeaders: () => FileListHandlesExceptionHeaders,
  FileListHandlesHeaders: () => FileListHandlesHeaders,
  FileProperty: () => FileProperty,
  FileRange: () => FileRange,
  FileReleaseLeaseExceptionHeaders: () => FileReleaseLeaseExceptionHeaders,
  FileReleaseLeaseHeaders: () => FileReleaseLeaseHeaders,
  FileRenameExceptionHeaders: () => FileRenameExceptionHeaders,
  FileRenameHeaders: () => FileRenameHeaders,
  FileServiceProperties: () => FileServiceProperties,
  FileSetHttpHeadersExceptionHeaders: () => FileSetHttpHeadersExceptionHeaders,
  FileSetHttpHeadersHeaders: () => FileSetHttpHeadersHeaders,
  FileSetMetadataExceptionHeaders: () => FileSetMetadataExceptionHeaders,
  FileSetMetadataHeaders: () => FileSetMetadataHeaders,
  FileStartCopyExceptionHeaders: () => FileStartCopyExceptionHeaders,
  FileStartCopyHeaders: () => FileStartCopyHeaders,
  FileUploadRangeExceptionHeaders: () => FileUploadRangeExceptionHeaders,
  FileUploadRangeFromURLExceptionHeaders: () => FileUploadRangeFromURLExceptionHeaders,
  FileUploadRangeFromURLHeaders: () => FileUploadRangeFromURLHeaders,
  FileUploadRangeHeaders: () => FileUploadRangeHeaders,
  FilesAndDirectoriesListSegment: () => FilesAndDirectoriesListSegment,
  HandleItem: () => HandleItem,
  KeyInfo: () => KeyInfo,
  ListFilesAndDirectoriesSegmentResponse: () => ListFilesAndDirectoriesSegmentResponse,
  ListHandlesResponse: () => ListHandlesResponse,
  ListSharesResponse: () => ListSharesResponse,
  Metrics: () => Metrics,
  RetentionPolicy: () => RetentionPolicy,
  ServiceGetPropertiesExceptionHeaders: () => ServiceGetPropertiesExceptionHeaders,
  ServiceGetPropertiesHeaders: () => ServiceGetPropertiesHeaders,
  ServiceGetUserDelegationKeyExceptionHeaders: () => ServiceGetUserDelegationKeyExceptionHeaders,
  ServiceGetUserDelegationKeyHeaders: () => ServiceGetUserDelegationKeyHeaders,
  ServiceListSharesSegmentExceptionHeaders: () => ServiceListSharesSegmentExceptionHeaders,
  ServiceListSharesSegmentHeaders: () => ServiceListSharesSegmentHeaders,
  ServiceSetPropertiesExceptionHeaders: () => ServiceSetPropertiesExceptionHeaders,
  ServiceSetPropertiesHeaders: () => ServiceSetPropertiesHeaders,
  ShareAcquireLeaseExceptionHeaders: () => ShareAcquireLeaseExceptionHeaders,
  ShareAcquireLeaseHeaders: () => ShareAcquireLeaseHeaders,
  ShareBreakLeaseExceptionHeaders: () => ShareBreakLeaseExceptionHeaders,
  ShareBreakLeaseHeaders: () => ShareBreakLeaseHeaders,
  ShareChangeLeaseExceptionHeaders: () => ShareChangeLeaseExceptionHeaders,
  ShareChangeLeaseHeaders: () => ShareChangeLeaseHeaders,
  ShareCreateExceptionHeaders: () => ShareCreateExceptionHeaders,
  ShareCreateHeaders: () => ShareCreateHeaders,
  ShareCreatePermissionExceptionHeaders: () => ShareCreatePermissionExceptionHeaders,
  ShareCreatePermissionHeaders: () => ShareCreatePermissionHeaders,
  ShareCreateSnapshotExceptionHeaders: () => ShareCreateSnapshotExceptionHeaders,
  ShareCreateSnapshotHeaders: () => ShareCreateSnapshotHeaders,
  ShareDeleteExceptionHeaders: () => ShareDeleteExceptionHeaders,
  ShareDeleteHeaders: () => ShareDeleteHeaders,
  ShareFileRangeList: () => ShareFileRangeList,
  ShareGetAccessPolicyExceptionHeaders: () => ShareGetAccessPolicyExceptionHeaders,
  ShareGetAccessPolicyHeaders: () => ShareGetAccessPolicyHeaders,
  ShareGetPermissionExceptionHeaders: () => ShareGetPermissionExceptionHeaders,
  ShareGetPermissionHeaders: () => ShareGetPermissionHeaders,
  ShareGetPropertiesExceptionHeaders: () => ShareGetPropertiesExceptionHeaders,
  ShareGetPropertiesHeaders: () => ShareGetPropertiesHeaders,
  ShareGetStatisticsExceptionHeaders: () => ShareGetStatisticsExceptionHeaders,
  ShareGetStatisticsHeaders: () => ShareGetStatisticsHeaders,
  ShareItemInternal: () => ShareItemInternal,
  ShareNfsSettings: () => ShareNfsSettings,
  ShareNfsSettingsEncryptionInTransit: () => ShareNfsSettingsEncryptionInTransit,
  SharePermission: () => SharePermission,
  SharePropertiesInternal: () => SharePropertiesInternal,
  ShareProtocolSettings: () => ShareProtocolSettings,
  ShareReleaseLeaseExceptionHeaders: () => ShareReleaseLeaseExceptionHeaders,
  ShareReleaseLeaseHeaders: () => ShareReleaseLeaseHeaders,
  ShareRenewLeaseExceptionHeaders: () => ShareRenewLeaseExceptionHeaders,
  ShareRenewLeaseHeaders: () => ShareRenewLeaseHeaders,
  ShareRestoreExceptionHeaders: () => ShareRestoreExceptionHeaders,
  ShareRestoreHeaders: () => ShareRestoreHeaders,
  ShareSetAccessPolicyExceptionHeaders: () => ShareSetAccessPolicyExceptionHeaders,
  ShareSetAccessPolicyHeaders: () => ShareSetAccessPolicyHeaders,
  ShareSetMetadataExceptionHeaders: () => ShareSetMetadataExceptionHeaders,
  ShareSetMetadataHeaders: () => ShareSetMetadataHeaders,
  ShareSetPropertiesExceptionHeaders: () => ShareSetPropertiesExceptionHeaders,
  ShareSetPropertiesHeaders: () => ShareSetPropertiesHeaders,
  ShareSmbSettings: () => ShareSmbSettings,
  ShareSmbSettingsEncryptionInTransit: () => ShareSmbSettingsEncryptionInTransit,
  ShareStats: () => ShareStats,
  SignedIdentifier: () => SignedIdentifier,
  SmbMultichannel: () => SmbMultichannel,
  StorageError: () => StorageError,
  StringEncoded: () => StringEncoded,
  UserDelegationKey: () => UserDelegationKey
});
var FileServiceProperties = {
  serializedName: "FileServiceProperties",
  xmlName: "StorageServiceProperties",
  type: {
    name: "Composite",
    className: "FileServiceProperties",
    modelProperties: {
      hourMetrics: {
        serializedName: "HourMetrics",
        xmlName: "HourMetrics",
        type: {
          name: "Composite",
          className: "Metrics"
        }
      },
      minuteMetrics: {
        serializedName: "MinuteMetrics",
        xmlName: "MinuteMetrics",
        type: {
          name: "Composite",
          className: "Metrics"
        }
      },
      cors: {
        serializedName: "Cors",
        xmlName: "Cors",
        xmlIsWrapped: true,
        xmlElementName: "CorsRule",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "CorsRule"
            }
          }
        }
      },
      protocol: {
        serializedName: "Protocol",
        xmlName: "ProtocolSettings",
        type: {
          name: "Composite",
          className: "ShareProtocolSettings"
        }
      }
    }
  }
};
var Metrics = {
  serializedName: "Metrics",
  type: {
    name: "Composite",
    className: "Metrics",
    modelProperties: {
      version: {
        serializedName: "Version",
        required: true,
        xmlName: "Version",
        type: {
          name: "String"
        }
      },
      enabled: {
        serializedName: "Enabled",
        required: true,
        xmlName: "Enabled",
        type: {
          name: "Boolean"
        }
      },
      includeAPIs: {
        serializedName: "IncludeAPIs",
        xmlName: "IncludeAPIs",
        type: {
          name: "Boolean"
        }
      },
      retentionPolicy: {
        serializedName: "RetentionPolicy",
        xmlName: "RetentionPolicy",
        type: {
          name: "Composite",
          className: "RetentionPolicy"
        }
      }
    }
  }
};
var RetentionPolicy = {
  serializedName: "RetentionPolicy",
  type: {
    name: "Composite",
    className: "RetentionPolicy",
    modelProperties: {
      enabled: {
        serializedName: "Enabled",
        required: true,
        xmlName: "Enabled",
        type: {
          name: "Boolean"
        }
      },
      days: {
        constraints: {
          InclusiveMaximum: 365,
          InclusiveMinimum: 1
        },
        serializedName: "Days",
        xmlName: "Days",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var CorsRule = {
  serializedName: "CorsRule",
  type: {
    name: "Composite",
    className: "CorsRule",
    modelProperties: {
      allowedOrigins: {
        serializedName: "AllowedOrigins",
        required: true,
        xmlName: "AllowedOrigins",
        type: {
          name: "String"
        }
      },
      allowedMethods: {
        serializedName: "AllowedMethods",
        required: true,
        xmlName: "AllowedMethods",
        type: {
          name: "String"
        }
      },
      allowedHeaders: {
        serializedName: "AllowedHeaders",
        required: true,
        xmlName: "AllowedHeaders",
        type: {
          name: "String"
        }
      },
      exposedHeaders: {
        serializedName: "ExposedHeaders",
        required: true,
        xmlName: "ExposedHeaders",
        type: {
          name: "String"
        }
      },
      maxAgeInSeconds: {
        constraints: {
          InclusiveMinimum: 0
        },
        serializedName: "MaxAgeInSeconds",
        required: true,
        xmlName: "MaxAgeInSeconds",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ShareProtocolSettings = {
  serializedName: "ShareProtocolSettings",
  xmlName: "ProtocolSettings",
  type: {
    name: "Composite",
    className: "ShareProtocolSettings",
    modelProperties: {
      smb: {
        serializedName: "Smb",
        xmlName: "SMB",
        type: {
          name: "Composite",
          className: "ShareSmbSettings"
        }
      },
      nfs: {
        serializedName: "Nfs",
        xmlName: "NFS",
        type: {
          name: "Composite",
          className: "ShareNfsSettings"
        }
      }
    }
  }
};
var ShareSmbSettings = {
  serializedName: "ShareSmbSettings",
  xmlName: "SMB",
  type: {
    name: "Composite",
    className: "ShareSmbSettings",
    modelProperties: {
      multichannel: {
        serializedName: "Multichannel",
        xmlName: "Multichannel",
        type: {
          name: "Composite",
          className: "SmbMultichannel"
        }
      },
      encryptionInTransit: {
        serializedName: "EncryptionInTransit",
        xmlName: "EncryptionInTransit",
        type: {
          name: "Composite",
          className: "ShareSmbSettingsEncryptionInTransit"
        }
      }
    }
  }
};
var SmbMultichannel = {
  serializedName: "SmbMultichannel",
  xmlName: "Multichannel",
  type: {
    name: "Composite",
    className: "SmbMultichannel",
    modelProperties: {
      enabled: {
        serializedName: "Enabled",
        xmlName: "Enabled",
        type: {
          name: "Boolean"
        }
      }
    }
  }
};
var ShareSmbSettingsEncryptionInTransit = {
  serializedName: "ShareSmbSettingsEncryptionInTransit",
  type: {
    name: "Composite",
    className: "ShareSmbSettingsEncryptionInTransit",
    modelProperties: {
      required: {
        serializedName: "Required",
        xmlName: "Required",
        type: {
          name: "Boolean"
        }
      }
    }
  }
};
var ShareNfsSettings = {
  serializedName: "ShareNfsSettings",
  xmlName: "NFS",
  type: {
    name: "Composite",
    className: "ShareNfsSettings",
    modelProperties: {
      encryptionInTransit: {
        serializedName: "EncryptionInTransit",
        xmlName: "EncryptionInTransit",
        type: {
          name: "Composite",
          className: "ShareNfsSettingsEncryptionInTransit"
        }
      }
    }
  }
};
var ShareNfsSettingsEncryptionInTransit = {
  serializedName: "ShareNfsSettingsEncryptionInTransit",
  type: {
    name: "Composite",
    className: "ShareNfsSettingsEncryptionInTransit",
    modelProperties: {
      required: {
        serializedName: "Required",
        xmlName: "Required",
        type: {
          name: "Boolean"
        }
      }
    }
  }
};
var StorageError = {
  serializedName: "StorageError",
  type: {
    name: "Composite",
    className: "StorageError",
    modelProperties: {
      message: {
        serializedName: "Message",
        xmlName: "Message",
        type: {
          name: "String"
        }
      },
      copySourceStatusCode: {
        serializedName: "CopySourceStatusCode",
        xmlName: "CopySourceStatusCode",
        type: {
          name: "Number"
        }
      },
      copySourceErrorCode: {
        serializedName: "CopySourceErrorCode",
        xmlName: "CopySourceErrorCode",
        type: {
          name: "String"
        }
      },
      copySourceErrorMessage: {
        serializedName: "CopySourceErrorMessage",
        xmlName: "CopySourceErrorMessage",
        type: {
          name: "String"
        }
      },
      authenticationErrorDetail: {
        serializedName: "AuthenticationErrorDetail",
        xmlName: "AuthenticationErrorDetail",
        type: {
          name: "String"
        }
      },
      code: {
        serializedName: "Code",
        xmlName: "Code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ListSharesResponse = {
  serializedName: "ListSharesResponse",
  xmlName: "EnumerationResults",
  type: {
    name: "Composite",
    className: "ListSharesResponse",
    modelProperties: {
      serviceEndpoint: {
        serializedName: "ServiceEndpoint",
        required: true,
        xmlName: "ServiceEndpoint",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      prefix: {
        serializedName: "Prefix",
        xmlName: "Prefix",
        type: {
          name: "String"
        }
      },
      marker: {
        serializedName: "Marker",
        xmlName: "Marker",
        type: {
          name: "String"
        }
      },
      maxResults: {
        serializedName: "MaxResults",
        xmlName: "MaxResults",
        type: {
          name: "Number"
        }
      },
      shareItems: {
        serializedName: "ShareItems",
        xmlName: "Shares",
        xmlIsWrapped: true,
        xmlElementName: "Share",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ShareItemInternal"
            }
          }
        }
      },
      continuationToken: {
        serializedName: "NextMarker",
        required: true,
        xmlName: "NextMarker",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareItemInternal = {
  serializedName: "ShareItemInternal",
  xmlName: "Share",
  type: {
    name: "Composite",
    className: "ShareItemInternal",
    modelProperties: {
      name: {
        serializedName: "Name",
        required: true,
        xmlName: "Name",
        type: {
          name: "String"
        }
      },
      snapshot: {
        serializedName: "Snapshot",
        xmlName: "Snapshot",
        type: {
          name: "String"
        }
      },
      deleted: {
        serializedName: "Deleted",
        xmlName: "Deleted",
        type: {
          name: "Boolean"
        }
      },
      version: {
        serializedName: "Version",
        xmlName: "Version",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "Properties",
        xmlName: "Properties",
        type: {
          name: "Composite",
          className: "SharePropertiesInternal"
        }
      },
      metadata: {
        serializedName: "Metadata",
        xmlName: "Metadata",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
};
var SharePropertiesInternal = {
  serializedName: "SharePropertiesInternal",
  type: {
    name: "Composite",
    className: "SharePropertiesInternal",
    modelProperties: {
      lastModified: {
        serializedName: "Last-Modified",
        required: true,
        xmlName: "Last-Modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      etag: {
        serializedName: "Etag",
        required: true,
        xmlName: "Etag",
        type: {
          name: "String"
        }
      },
      quota: {
        serializedName: "Quota",
        required: true,
        xmlName: "Quota",
        type: {
          name: "Number"
        }
      },
      provisionedIops: {
        serializedName: "ProvisionedIops",
        xmlName: "ProvisionedIops",
        type: {
          name: "Number"
        }
      },
      provisionedIngressMBps: {
        serializedName: "ProvisionedIngressMBps",
        xmlName: "ProvisionedIngressMBps",
        type: {
          name: "Number"
        }
      },
      provisionedEgressMBps: {
        serializedName: "ProvisionedEgressMBps",
        xmlName: "ProvisionedEgressMBps",
        type: {
          name: "Number"
        }
      },
      provisionedBandwidthMiBps: {
        serializedName: "ProvisionedBandwidthMiBps",
        xmlName: "ProvisionedBandwidthMiBps",
        type: {
          name: "Number"
        }
      },
      nextAllowedQuotaDowngradeTime: {
        serializedName: "NextAllowedQuotaDowngradeTime",
        xmlName: "NextAllowedQuotaDowngradeTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      deletedTime: {
        serializedName: "DeletedTime",
        xmlName: "DeletedTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      remainingRetentionDays: {
        serializedName: "RemainingRetentionDays",
        xmlName: "RemainingRetentionDays",
        type: {
          name: "Number"
        }
      },
      accessTier: {
        serializedName: "AccessTier",
        xmlName: "AccessTier",
        type: {
          name: "String"
        }
      },
      accessTierChangeTime: {
        serializedName: "AccessTierChangeTime",
        xmlName: "AccessTierChangeTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      accessTierTransitionState: {
        serializedName: "AccessTierTransitionState",
        xmlName: "AccessTierTransitionState",
        type: {
          name: "String"
        }
      },
      leaseStatus: {
        serializedName: "LeaseStatus",
        xmlName: "LeaseStatus",
        type: {
          name: "Enum",
          allowedValues: ["locked", "unlocked"]
        }
      },
      leaseState: {
        serializedName: "LeaseState",
        xmlName: "LeaseState",
        type: {
          name: "Enum",
          allowedValues: [
            "available",
            "leased",
            "expired",
            "breaking",
            "broken"
          ]
        }
      },
      leaseDuration: {
        serializedName: "LeaseDuration",
        xmlName: "LeaseDuration",
        type: {
          name: "Enum",
          allowedValues: ["infinite", "fixed"]
        }
      },
      enabledProtocols: {
        serializedName: "EnabledProtocols",
        xmlName: "EnabledProtocols",
        type: {
          name: "String"
        }
      },
      rootSquash: {
        serializedName: "RootSquash",
        xmlName: "RootSquash",
        type: {
          name: "Enum",
          allowedValues: ["NoRootSquash", "RootSquash", "AllSquash"]
        }
      },
      enableSnapshotVirtualDirectoryAccess: {
        serializedName: "EnableSnapshotVirtualDirectoryAccess",
        xmlName: "EnableSnapshotVirtualDirectoryAccess",
        type: {
          name: "Boolean"
        }
      },
      paidBurstingEnabled: {
        serializedName: "PaidBurstingEnabled",
        xmlName: "PaidBurstingEnabled",
        type: {
          name: "Boolean"
        }
      },
      paidBurstingMaxIops: {
        serializedName: "PaidBurstingMaxIops",
        xmlName: "PaidBurstingMaxIops",
        type: {
          name: "Number"
        }
      },
      paidBurstingMaxBandwidthMibps: {
        serializedName: "PaidBurstingMaxBandwidthMibps",
        xmlName: "PaidBurstingMaxBandwidthMibps",
        type: {
          name: "Number"
        }
      },
      includedBurstIops: {
        serializedName: "IncludedBurstIops",
        xmlName: "IncludedBurstIops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "MaxBurstCreditsForIops",
        xmlName: "MaxBurstCreditsForIops",
        type: {
          name: "Number"
        }
      },
      nextAllowedProvisionedIopsDowngradeTime: {
        serializedName: "NextAllowedProvisionedIopsDowngradeTime",
        xmlName: "NextAllowedProvisionedIopsDowngradeTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      nextAllowedProvisionedBandwidthDowngradeTime: {
        serializedName: "NextAllowedProvisionedBandwidthDowngradeTime",
        xmlName: "NextAllowedProvisionedBandwidthDowngradeTime",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var KeyInfo = {
  serializedName: "KeyInfo",
  type: {
    name: "Composite",
    className: "KeyInfo",
    modelProperties: {
      start: {
        serializedName: "Start",
        xmlName: "Start",
        type: {
          name: "String"
        }
      },
      expiry: {
        serializedName: "Expiry",
        required: true,
        xmlName: "Expiry",
        type: {
          name: "String"
        }
      },
      delegatedUserTid: {
        serializedName: "DelegatedUserTid",
        xmlName: "DelegatedUserTid",
        type: {
          name: "String"
        }
      }
    }
  }
};
var UserDelegationKey = {
  serializedName: "UserDelegationKey",
  type: {
    name: "Composite",
    className: "UserDelegationKey",
    modelProperties: {
      signedObjectId: {
        serializedName: "SignedOid",
        required: true,
        xmlName: "SignedOid",
        type: {
          name: "String"
        }
      },
      signedTenantId: {
        serializedName: "SignedTid",
        required: true,
        xmlName: "SignedTid",
        type: {
          name: "String"
        }
      },
      signedStartsOn: {
        serializedName: "SignedStart",
        required: true,
        xmlName: "SignedStart",
        type: {
          name: "DateTime"
        }
      },
      signedExpiresOn: {
        serializedName: "SignedExpiry",
        required: true,
        xmlName: "SignedExpiry",
        type: {
          name: "DateTime"
        }
      },
      signedService: {
        serializedName: "SignedService",
        required: true,
        xmlName: "SignedService",
        type: {
          name: "String"
        }
      },
      signedVersion: {
        serializedName: "SignedVersion",
        required: true,
        xmlName: "SignedVersion",
        type: {
          name: "String"
        }
      },
      signedDelegatedUserTenantId: {
        serializedName: "SignedDelegatedUserTid",
        xmlName: "SignedDelegatedUserTid",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "Value",
        required: true,
        xmlName: "Value",
        type: {
          name: "String"
        }
      }
    }
  }
};
var SharePermission = {
  serializedName: "SharePermission",
  type: {
    name: "Composite",
    className: "SharePermission",
    modelProperties: {
      permission: {
        serializedName: "permission",
        required: true,
        xmlName: "permission",
        type: {
          name: "String"
        }
      },
      format: {
        serializedName: "format",
        xmlName: "format",
        type: {
          name: "Enum",
          allowedValues: ["Sddl", "Binary"]
        }
      }
    }
  }
};
var SignedIdentifier = {
  serializedName: "SignedIdentifier",
  type: {
    name: "Composite",
    className: "SignedIdentifier",
    modelProperties: {
      id: {
        serializedName: "Id",
        required: true,
        xmlName: "Id",
        type: {
          name: "String"
        }
      },
      accessPolicy: {
        serializedName: "AccessPolicy",
        xmlName: "AccessPolicy",
        type: {
          name: "Composite",
          className: "AccessPolicy"
        }
      }
    }
  }
};
var AccessPolicy = {
  serializedName: "AccessPolicy",
  type: {
    name: "Composite",
    className: "AccessPolicy",
    modelProperties: {
      startsOn: {
        serializedName: "Start",
        xmlName: "Start",
        type: {
          name: "String"
        }
      },
      expiresOn: {
        serializedName: "Expiry",
        xmlName: "Expiry",
        type: {
          name: "String"
        }
      },
      permissions: {
        serializedName: "Permission",
        xmlName: "Permission",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareStats = {
  serializedName: "ShareStats",
  type: {
    name: "Composite",
    className: "ShareStats",
    modelProperties: {
      shareUsageBytes: {
        serializedName: "ShareUsageBytes",
        required: true,
        xmlName: "ShareUsageBytes",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ListFilesAndDirectoriesSegmentResponse = {
  serializedName: "ListFilesAndDirectoriesSegmentResponse",
  xmlName: "EnumerationResults",
  type: {
    name: "Composite",
    className: "ListFilesAndDirectoriesSegmentResponse",
    modelProperties: {
      serviceEndpoint: {
        serializedName: "ServiceEndpoint",
        required: true,
        xmlName: "ServiceEndpoint",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      shareName: {
        serializedName: "ShareName",
        required: true,
        xmlName: "ShareName",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      shareSnapshot: {
        serializedName: "ShareSnapshot",
        xmlName: "ShareSnapshot",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      encoded: {
        serializedName: "Encoded",
        xmlName: "Encoded",
        xmlIsAttribute: true,
        type: {
          name: "Boolean"
        }
      },
      directoryPath: {
        serializedName: "DirectoryPath",
        required: true,
        xmlName: "DirectoryPath",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      prefix: {
        serializedName: "Prefix",
        xmlName: "Prefix",
        type: {
          name: "Composite",
          className: "StringEncoded"
        }
      },
      marker: {
        serializedName: "Marker",
        xmlName: "Marker",
        type: {
          name: "String"
        }
      },
      maxResults: {
        serializedName: "MaxResults",
        xmlName: "MaxResults",
        type: {
          name: "Number"
        }
      },
      segment: {
        serializedName: "Segment",
        xmlName: "Entries",
        type: {
          name: "Composite",
          className: "FilesAndDirectoriesListSegment"
        }
      },
      continuationToken: {
        serializedName: "NextMarker",
        required: true,
        xmlName: "NextMarker",
        type: {
          name: "String"
        }
      },
      directoryId: {
        serializedName: "DirectoryId",
        xmlName: "DirectoryId",
        type: {
          name: "String"
        }
      }
    }
  }
};
var StringEncoded = {
  serializedName: "StringEncoded",
  type: {
    name: "Composite",
    className: "StringEncoded",
    modelProperties: {
      encoded: {
        serializedName: "Encoded",
        xmlName: "Encoded",
        xmlIsAttribute: true,
        type: {
          name: "Boolean"
        }
      },
      content: {
        serializedName: "content",
        xmlName: "content",
        xmlIsMsText: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var FilesAndDirectoriesListSegment = {
  serializedName: "FilesAndDirectoriesListSegment",
  xmlName: "Entries",
  type: {
    name: "Composite",
    className: "FilesAndDirectoriesListSegment",
    modelProperties: {
      directoryItems: {
        serializedName: "DirectoryItems",
        required: true,
        xmlName: "DirectoryItems",
        xmlElementName: "Directory",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DirectoryItem"
            }
          }
        }
      },
      fileItems: {
        serializedName: "FileItems",
        required: true,
        xmlName: "FileItems",
        xmlElementName: "File",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FileItem"
            }
          }
        }
      }
    }
  }
};
var DirectoryItem = {
  serializedName: "DirectoryItem",
  xmlName: "Directory",
  type: {
    name: "Composite",
    className: "DirectoryItem",
    modelProperties: {
      name: {
        serializedName: "Name",
        xmlName: "Name",
        type: {
          name: "Composite",
          className: "StringEncoded"
        }
      },
      fileId: {
        serializedName: "FileId",
        xmlName: "FileId",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "Properties",
        xmlName: "Properties",
        type: {
          name: "Composite",
          className: "FileProperty"
        }
      },
      attributes: {
        serializedName: "Attributes",
        xmlName: "Attributes",
        type: {
          name: "String"
        }
      },
      permissionKey: {
        serializedName: "PermissionKey",
        xmlName: "PermissionKey",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileProperty = {
  serializedName: "FileProperty",
  type: {
    name: "Composite",
    className: "FileProperty",
    modelProperties: {
      contentLength: {
        serializedName: "Content-Length",
        required: true,
        xmlName: "Content-Length",
        type: {
          name: "Number"
        }
      },
      creationTime: {
        serializedName: "CreationTime",
        xmlName: "CreationTime",
        type: {
          name: "DateTime"
        }
      },
      lastAccessTime: {
        serializedName: "LastAccessTime",
        xmlName: "LastAccessTime",
        type: {
          name: "DateTime"
        }
      },
      lastWriteTime: {
        serializedName: "LastWriteTime",
        xmlName: "LastWriteTime",
        type: {
          name: "DateTime"
        }
      },
      changeTime: {
        serializedName: "ChangeTime",
        xmlName: "ChangeTime",
        type: {
          name: "DateTime"
        }
      },
      lastModified: {
        serializedName: "Last-Modified",
        xmlName: "Last-Modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      etag: {
        serializedName: "Etag",
        xmlName: "Etag",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileItem = {
  serializedName: "FileItem",
  xmlName: "File",
  type: {
    name: "Composite",
    className: "FileItem",
    modelProperties: {
      name: {
        serializedName: "Name",
        xmlName: "Name",
        type: {
          name: "Composite",
          className: "StringEncoded"
        }
      },
      fileId: {
        serializedName: "FileId",
        xmlName: "FileId",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "Properties",
        xmlName: "Properties",
        type: {
          name: "Composite",
          className: "FileProperty"
        }
      },
      attributes: {
        serializedName: "Attributes",
        xmlName: "Attributes",
        type: {
          name: "String"
        }
      },
      permissionKey: {
        serializedName: "PermissionKey",
        xmlName: "PermissionKey",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ListHandlesResponse = {
  serializedName: "ListHandlesResponse",
  xmlName: "EnumerationResults",
  type: {
    name: "Composite",
    className: "ListHandlesResponse",
    modelProperties: {
      handleList: {
        serializedName: "HandleList",
        xmlName: "Entries",
        xmlIsWrapped: true,
        xmlElementName: "Handle",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "HandleItem"
            }
          }
        }
      },
      continuationToken: {
        serializedName: "NextMarker",
        required: true,
        xmlName: "NextMarker",
        type: {
          name: "String"
        }
      }
    }
  }
};
var HandleItem = {
  serializedName: "HandleItem",
  xmlName: "Handle",
  type: {
    name: "Composite",
    className: "HandleItem",
    modelProperties: {
      handleId: {
        serializedName: "HandleId",
        required: true,
        xmlName: "HandleId",
        type: {
          name: "String"
        }
      },
      path: {
        serializedName: "Path",
        xmlName: "Path",
        type: {
          name: "Composite",
          className: "StringEncoded"
        }
      },
      fileId: {
        serializedName: "FileId",
        required: true,
        xmlName: "FileId",
        type: {
          name: "String"
        }
      },
      parentId: {
        serializedName: "ParentId",
        xmlName: "ParentId",
        type: {
          name: "String"
        }
      },
      sessionId: {
        serializedName: "SessionId",
        required: true,
        xmlName: "SessionId",
        type: {
          name: "String"
        }
      },
      clientIp: {
        serializedName: "ClientIp",
        required: true,
        xmlName: "ClientIp",
        type: {
          name: "String"
        }
      },
      clientName: {
        serializedName: "ClientName",
        required: true,
        xmlName: "ClientName",
        type: {
          name: "String"
        }
      },
      openTime: {
        serializedName: "OpenTime",
        required: true,
        xmlName: "OpenTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      lastReconnectTime: {
        serializedName: "LastReconnectTime",
        xmlName: "LastReconnectTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      accessRightList: {
        serializedName: "AccessRightList",
        xmlName: "AccessRightList",
        xmlIsWrapped: true,
        xmlElementName: "AccessRight",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Enum",
              allowedValues: ["Read", "Write", "Delete"]
            }
          }
        }
      }
    }
  }
};
var ShareFileRangeList = {
  serializedName: "ShareFileRangeList",
  type: {
    name: "Composite",
    className: "ShareFileRangeList",
    modelProperties: {
      ranges: {
        serializedName: "Ranges",
        xmlName: "Ranges",
        xmlElementName: "Range",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FileRange"
            }
          }
        }
      },
      clearRanges: {
        serializedName: "ClearRanges",
        xmlName: "ClearRanges",
        xmlElementName: "ClearRange",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ClearRange"
            }
          }
        }
      }
    }
  }
};
var FileRange = {
  serializedName: "FileRange",
  xmlName: "Range",
  type: {
    name: "Composite",
    className: "FileRange",
    modelProperties: {
      start: {
        serializedName: "Start",
        required: true,
        xmlName: "Start",
        type: {
          name: "Number"
        }
      },
      end: {
        serializedName: "End",
        required: true,
        xmlName: "End",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ClearRange = {
  serializedName: "ClearRange",
  xmlName: "ClearRange",
  type: {
    name: "Composite",
    className: "ClearRange",
    modelProperties: {
      start: {
        serializedName: "Start",
        required: true,
        xmlName: "Start",
        type: {
          name: "Number"
        }
      },
      end: {
        serializedName: "End",
        required: true,
        xmlName: "End",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ServiceSetPropertiesHeaders = {
  serializedName: "Service_setPropertiesHeaders",
  type: {
    name: "Composite",
    className: "ServiceSetPropertiesHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceSetPropertiesExceptionHeaders = {
  serializedName: "Service_setPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "ServiceSetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceGetPropertiesHeaders = {
  serializedName: "Service_getPropertiesHeaders",
  type: {
    name: "Composite",
    className: "ServiceGetPropertiesHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceGetPropertiesExceptionHeaders = {
  serializedName: "Service_getPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "ServiceGetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceListSharesSegmentHeaders = {
  serializedName: "Service_listSharesSegmentHeaders",
  type: {
    name: "Composite",
    className: "ServiceListSharesSegmentHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceListSharesSegmentExceptionHeaders = {
  serializedName: "Service_listSharesSegmentExceptionHeaders",
  type: {
    name: "Composite",
    className: "ServiceListSharesSegmentExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceGetUserDelegationKeyHeaders = {
  serializedName: "Service_getUserDelegationKeyHeaders",
  type: {
    name: "Composite",
    className: "ServiceGetUserDelegationKeyHeaders",
    modelProperties: {
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ServiceGetUserDelegationKeyExceptionHeaders = {
  serializedName: "Service_getUserDelegationKeyExceptionHeaders",
  type: {
    name: "Composite",
    className: "ServiceGetUserDelegationKeyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreateHeaders = {
  serializedName: "Share_createHeaders",
  type: {
    name: "Composite",
    className: "ShareCreateHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      quota: {
        serializedName: "x-ms-share-quota",
        xmlName: "x-ms-share-quota",
        type: {
          name: "Number"
        }
      },
      shareProvisionedIops: {
        serializedName: "x-ms-share-provisioned-iops",
        xmlName: "x-ms-share-provisioned-iops",
        type: {
          name: "Number"
        }
      },
      shareProvisionedBandwidthMibps: {
        serializedName: "x-ms-share-provisioned-bandwidth-mibps",
        xmlName: "x-ms-share-provisioned-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      shareIncludedBurstIops: {
        serializedName: "x-ms-share-included-burst-iops",
        xmlName: "x-ms-share-included-burst-iops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "x-ms-share-max-burst-credits-for-iops",
        xmlName: "x-ms-share-max-burst-credits-for-iops",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreateExceptionHeaders = {
  serializedName: "Share_createExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareCreateExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetPropertiesHeaders = {
  serializedName: "Share_getPropertiesHeaders",
  type: {
    name: "Composite",
    className: "ShareGetPropertiesHeaders",
    modelProperties: {
      metadata: {
        serializedName: "x-ms-meta",
        headerCollectionPrefix: "x-ms-meta-",
        xmlName: "x-ms-meta",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      quota: {
        serializedName: "x-ms-share-quota",
        xmlName: "x-ms-share-quota",
        type: {
          name: "Number"
        }
      },
      provisionedIops: {
        serializedName: "x-ms-share-provisioned-iops",
        xmlName: "x-ms-share-provisioned-iops",
        type: {
          name: "Number"
        }
      },
      provisionedIngressMBps: {
        serializedName: "x-ms-share-provisioned-ingress-mbps",
        xmlName: "x-ms-share-provisioned-ingress-mbps",
        type: {
          name: "Number"
        }
      },
      provisionedEgressMBps: {
        serializedName: "x-ms-share-provisioned-egress-mbps",
        xmlName: "x-ms-share-provisioned-egress-mbps",
        type: {
          name: "Number"
        }
      },
      nextAllowedQuotaDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-quota-downgrade-time",
        xmlName: "x-ms-share-next-allowed-quota-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      provisionedBandwidthMibps: {
        serializedName: "x-ms-share-provisioned-bandwidth-mibps",
        xmlName: "x-ms-share-provisioned-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      leaseDuration: {
        serializedName: "x-ms-lease-duration",
        xmlName: "x-ms-lease-duration",
        type: {
          name: "Enum",
          allowedValues: ["infinite", "fixed"]
        }
      },
      leaseState: {
        serializedName: "x-ms-lease-state",
        xmlName: "x-ms-lease-state",
        type: {
          name: "Enum",
          allowedValues: [
            "available",
            "leased",
            "expired",
            "breaking",
            "broken"
          ]
        }
      },
      leaseStatus: {
        serializedName: "x-ms-lease-status",
        xmlName: "x-ms-lease-status",
        type: {
          name: "Enum",
          allowedValues: ["locked", "unlocked"]
        }
      },
      accessTier: {
        serializedName: "x-ms-access-tier",
        xmlName: "x-ms-access-tier",
        type: {
          name: "String"
        }
      },
      accessTierChangeTime: {
        serializedName: "x-ms-access-tier-change-time",
        xmlName: "x-ms-access-tier-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      accessTierTransitionState: {
        serializedName: "x-ms-access-tier-transition-state",
        xmlName: "x-ms-access-tier-transition-state",
        type: {
          name: "String"
        }
      },
      enabledProtocols: {
        serializedName: "x-ms-enabled-protocols",
        xmlName: "x-ms-enabled-protocols",
        type: {
          name: "String"
        }
      },
      rootSquash: {
        serializedName: "x-ms-root-squash",
        xmlName: "x-ms-root-squash",
        type: {
          name: "Enum",
          allowedValues: ["NoRootSquash", "RootSquash", "AllSquash"]
        }
      },
      enableSnapshotVirtualDirectoryAccess: {
        serializedName: "x-ms-enable-snapshot-virtual-directory-access",
        xmlName: "x-ms-enable-snapshot-virtual-directory-access",
        type: {
          name: "Boolean"
        }
      },
      paidBurstingEnabled: {
        serializedName: "x-ms-share-paid-bursting-enabled",
        xmlName: "x-ms-share-paid-bursting-enabled",
        type: {
          name: "Boolean"
        }
      },
      paidBurstingMaxIops: {
        serializedName: "x-ms-share-paid-bursting-max-iops",
        xmlName: "x-ms-share-paid-bursting-max-iops",
        type: {
          name: "Number"
        }
      },
      paidBurstingMaxBandwidthMibps: {
        serializedName: "x-ms-share-paid-bursting-max-bandwidth-mibps",
        xmlName: "x-ms-share-paid-bursting-max-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      includedBurstIops: {
        serializedName: "x-ms-share-included-burst-iops",
        xmlName: "x-ms-share-included-burst-iops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "x-ms-share-max-burst-credits-for-iops",
        xmlName: "x-ms-share-max-burst-credits-for-iops",
        type: {
          name: "Number"
        }
      },
      nextAllowedProvisionedIopsDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-provisioned-iops-downgrade-time",
        xmlName: "x-ms-share-next-allowed-provisioned-iops-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      nextAllowedProvisionedBandwidthDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-provisioned-bandwidth-downgrade-time",
        xmlName: "x-ms-share-next-allowed-provisioned-bandwidth-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetPropertiesExceptionHeaders = {
  serializedName: "Share_getPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareDeleteHeaders = {
  serializedName: "Share_deleteHeaders",
  type: {
    name: "Composite",
    className: "ShareDeleteHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      usageBytes: {
        serializedName: "x-ms-file-share-usage-bytes",
        xmlName: "x-ms-file-share-usage-bytes",
        type: {
          name: "Number"
        }
      },
      snapshotUsageBytes: {
        serializedName: "x-ms-file-share-snapshot-usage-bytes",
        xmlName: "x-ms-file-share-snapshot-usage-bytes",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareDeleteExceptionHeaders = {
  serializedName: "Share_deleteExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareDeleteExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareAcquireLeaseHeaders = {
  serializedName: "Share_acquireLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareAcquireLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareAcquireLeaseExceptionHeaders = {
  serializedName: "Share_acquireLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareAcquireLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareReleaseLeaseHeaders = {
  serializedName: "Share_releaseLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareReleaseLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareReleaseLeaseExceptionHeaders = {
  serializedName: "Share_releaseLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareReleaseLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareChangeLeaseHeaders = {
  serializedName: "Share_changeLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareChangeLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareChangeLeaseExceptionHeaders = {
  serializedName: "Share_changeLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareChangeLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareRenewLeaseHeaders = {
  serializedName: "Share_renewLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareRenewLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareRenewLeaseExceptionHeaders = {
  serializedName: "Share_renewLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareRenewLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareBreakLeaseHeaders = {
  serializedName: "Share_breakLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareBreakLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseTimeInSeconds: {
        serializedName: "x-ms-lease-time",
        xmlName: "x-ms-lease-time",
        type: {
          name: "Number"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareBreakLeaseExceptionHeaders = {
  serializedName: "Share_breakLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareBreakLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreateSnapshotHeaders = {
  serializedName: "Share_createSnapshotHeaders",
  type: {
    name: "Composite",
    className: "ShareCreateSnapshotHeaders",
    modelProperties: {
      snapshot: {
        serializedName: "x-ms-snapshot",
        xmlName: "x-ms-snapshot",
        type: {
          name: "String"
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreateSnapshotExceptionHeaders = {
  serializedName: "Share_createSnapshotExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareCreateSnapshotExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreatePermissionHeaders = {
  serializedName: "Share_createPermissionHeaders",
  type: {
    name: "Composite",
    className: "ShareCreatePermissionHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreatePermissionExceptionHeaders = {
  serializedName: "Share_createPermissionExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareCreatePermissionExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetPermissionHeaders = {
  serializedName: "Share_getPermissionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetPermissionHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetPermissionExceptionHeaders = {
  serializedName: "Share_getPermissionExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetPermissionExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetPropertiesHeaders = {
  serializedName: "Share_setPropertiesHeaders",
  type: {
    name: "Composite",
    className: "ShareSetPropertiesHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      quota: {
        serializedName: "x-ms-share-quota",
        xmlName: "x-ms-share-quota",
        type: {
          name: "Number"
        }
      },
      provisionedIops: {
        serializedName: "x-ms-share-provisioned-iops",
        xmlName: "x-ms-share-provisioned-iops",
        type: {
          name: "Number"
        }
      },
      provisionedBandwidthMibps: {
        serializedName: "x-ms-share-provisioned-bandwidth-mibps",
        xmlName: "x-ms-share-provisioned-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      includedBurstIops: {
        serializedName: "x-ms-share-included-burst-iops",
        xmlName: "x-ms-share-included-burst-iops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "x-ms-share-max-burst-credits-for-iops",
        xmlName: "x-ms-share-max-burst-credits-for-iops",
        type: {
          name: "Number"
        }
      },
      nextAllowedQuotaDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-quota-downgrade-time",
        xmlName: "x-ms-share-next-allowed-quota-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      nextAllowedProvisionedIopsDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-provisioned-iops-downgrade-time",
        xmlName: "x-ms-share-next-allowed-provisioned-iops-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      nextAllowedProvisionedBandwidthDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-provisioned-bandwidth-downgrade-time",
        xmlName: "x-ms-share-next-allowed-provisioned-bandwidth-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetPropertiesExceptionHeaders = {
  serializedName: "Share_setPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareSetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetMetadataHeaders = {
  serializedName: "Share_setMetadataHeaders",
  type: {
    name: "Composite",
    className: "ShareSetMetadataHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetMetadataExceptionHeaders = {
  serializedName: "Share_setMetadataExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareSetMetadataExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetAccessPolicyHeaders = {
  serializedName: "Share_getAccessPolicyHeaders",
  type: {
    name: "Composite",
    className: "ShareGetAccessPolicyHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetAccessPolicyExceptionHeaders = {
  serializedName: "Share_getAccessPolicyExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetAccessPolicyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetAccessPolicyHeaders = {
  serializedName: "Share_setAccessPolicyHeaders",
  type: {
    name: "Composite",
    className: "ShareSetAccessPolicyHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetAccessPolicyExceptionHeaders = {
  serializedName: "Share_setAccessPolicyExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareSetAccessPolicyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetStatisticsHeaders = {
  serializedName: "Share_getStatisticsHeaders",
  type: {
    name: "Composite",
    className: "ShareGetStatisticsHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetStatisticsExceptionHeaders = {
  serializedName: "Share_getStatisticsExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetStatisticsExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareRestoreHeaders = {
  serializedName: "Share_restoreHeaders",
  type: {
    name: "Composite",
    className: "ShareRestoreHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      quota: {
        serializedName: "x-ms-share-quota",
        xmlName: "x-ms-share-quota",
        type: {
          name: "Number"
        }
      },
      provisionedIops: {
        serializedName: "x-ms-share-provisioned-iops",
        xmlName: "x-ms-share-provisioned-iops",
        type: {
          name: "Number"
        }
      },
      provisionedBandwidthMibps: {
        serializedName: "x-ms-share-provisioned-bandwidth-mibps",
        xmlName: "x-ms-share-provisioned-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      includedBurstIops: {
        serializedName: "x-ms-share-included-burst-iops",
        xmlName: "x-ms-share-included-burst-iops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "x-ms-share-max-burst-credits-for-iops",
        xmlName: "x-ms-share-max-burst-credits-for-iops",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ShareRestoreExceptionHeaders = {
  serializedName: "Share_restoreExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareRestoreExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryCreateHeaders = {
  serializedName: "Directory_createHeaders",
  type: {
    name: "Composite",
    className: "DirectoryCreateHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryCreateExceptionHeaders = {
  serializedName: "Directory_createExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryCreateExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryGetPropertiesHeaders = {
  serializedName: "Directory_getPropertiesHeaders",
  type: {
    name: "Composite",
    className: "DirectoryGetPropertiesHeaders",
    modelProperties: {
      metadata: {
        serializedName: "x-ms-meta",
        headerCollectionPrefix: "x-ms-meta-",
        xmlName: "x-ms-meta",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-server-encrypted",
        xmlName: "x-ms-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryGetPropertiesExceptionHeaders = {
  serializedName: "Directory_getPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryGetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryDeleteHeaders = {
  serializedName: "Directory_deleteHeaders",
  type: {
    name: "Composite",
    className: "DirectoryDeleteHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryDeleteExceptionHeaders = {
  serializedName: "Directory_deleteExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryDeleteExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectorySetPropertiesHeaders = {
  serializedName: "Directory_setPropertiesHeaders",
  type: {
    name: "Composite",
    className: "DirectorySetPropertiesHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectorySetPropertiesExceptionHeaders = {
  serializedName: "Directory_setPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectorySetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectorySetMetadataHeaders = {
  serializedName: "Directory_setMetadataHeaders",
  type: {
    name: "Composite",
    className: "DirectorySetMetadataHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectorySetMetadataExceptionHeaders = {
  serializedName: "Directory_setMetadataExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectorySetMetadataExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryListFilesAndDirectoriesSegmentHeaders = {
  serializedName: "Directory_listFilesAndDirectoriesSegmentHeaders",
  type: {
    name: "Composite",
    className: "DirectoryListFilesAndDirectoriesSegmentHeaders",
    modelProperties: {
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryListFilesAndDirectoriesSegmentExceptionHeaders = {
  serializedName: "Directory_listFilesAndDirectoriesSegmentExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryListFilesAndDirectoriesSegmentExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryListHandlesHeaders = {
  serializedName: "Directory_listHandlesHeaders",
  type: {
    name: "Composite",
    className: "DirectoryListHandlesHeaders",
    modelProperties: {
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryListHandlesExceptionHeaders = {
  serializedName: "Directory_listHandlesExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryListHandlesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryForceCloseHandlesHeaders = {
  serializedName: "Directory_forceCloseHandlesHeaders",
  type: {
    name: "Composite",
    className: "DirectoryForceCloseHandlesHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      marker: {
        serializedName: "x-ms-marker",
        xmlName: "x-ms-marker",
        type: {
          name: "String"
        }
      },
      numberOfHandlesClosed: {
        serializedName: "x-ms-number-of-handles-closed",
        xmlName: "x-ms-number-of-handles-closed",
        type: {
          name: "Number"
        }
      },
      numberOfHandlesFailedToClose: {
        serializedName: "x-ms-number-of-handles-failed",
        xmlName: "x-ms-number-of-handles-failed",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryForceCloseHandlesExceptionHeaders = {
  serializedName: "Directory_forceCloseHandlesExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryForceCloseHandlesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryRenameHeaders = {
  serializedName: "Directory_renameHeaders",
  type: {
    name: "Composite",
    className: "DirectoryRenameHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreationTime: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeTime: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryRenameExceptionHeaders = {
  serializedName: "Directory_renameExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryRenameExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateHeaders = {
  serializedName: "File_createHeaders",
  type: {
    name: "Composite",
    className: "FileCreateHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      },
      contentMD5: {
        serializedName: "content-md5",
        xmlName: "content-md5",
        type: {
          name: "ByteArray"
        }
      },
      contentLength: {
        serializedName: "content-length",
        xmlName: "content-length",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateExceptionHeaders = {
  serializedName: "File_createExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileCreateExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileDownloadHeaders = {
  serializedName: "File_downloadHeaders",
  type: {
    name: "Composite",
    className: "FileDownloadHeaders",
    modelProperties: {
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      metadata: {
        serializedName: "x-ms-meta",
        headerCollectionPrefix: "x-ms-meta-",
        xmlName: "x-ms-meta",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      contentLength: {
        serializedName: "content-length",
        xmlName: "content-length",
        type: {
          name: "Number"
        }
      },
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      contentRange: {
        serializedName: "content-range",
        xmlName: "content-range",
        type: {
          name: "String"
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      contentMD5: {
        serializedName: "content-md5",
        xmlName: "content-md5",
        type: {
          name: "ByteArray"
        }
      },
      contentEncoding: {
        serializedName: "content-encoding",
        xmlName: "content-encoding",
        type: {
          name: "String"
        }
      },
      cacheControl: {
        serializedName: "cache-control",
        xmlName: "cache-control",
        type: {
          name: "String"
        }
      },
      contentDisposition: {
        serializedName: "content-disposition",
        xmlName: "content-disposition",
        type: {
          name: "String"
        }
      },
      contentLanguage: {
        serializedName: "content-language",
        xmlName: "content-language",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      acceptRanges: {
        serializedName: "accept-ranges",
        xmlName: "accept-ranges",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyCompletedOn: {
        serializedName: "x-ms-copy-completion-time",
        xmlName: "x-ms-copy-completion-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyStatusDescription: {
        serializedName: "x-ms-copy-status-description",
        xmlName: "x-ms-copy-status-description",
        type: {
          name: "String"
        }
      },
      copyId: {
        serializedName: "x-ms-copy-id",
        xmlName: "x-ms-copy-id",
        type: {
          name: "String"
        }
      },
      copyProgress: {
        serializedName: "x-ms-copy-progress",
        xmlName: "x-ms-copy-progress",
        type: {
          name: "String"
        }
      },
      copySource: {
        serializedName: "x-ms-copy-source",
        xmlName: "x-ms-copy-source",
        type: {
          name: "String"
        }
      },
      copyStatus: {
        serializedName: "x-ms-copy-status",
        xmlName: "x-ms-copy-status",
        type: {
          name: "Enum",
          allowedValues: ["pending", "success", "aborted", "failed"]
        }
      },
      fileContentMD5: {
        serializedName: "x-ms-content-md5",
        xmlName: "x-ms-content-md5",
        type: {
          name: "ByteArray"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-server-encrypted",
        xmlName: "x-ms-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      leaseDuration: {
        serializedName: "x-ms-lease-duration",
        xmlName: "x-ms-lease-duration",
        type: {
          name: "Enum",
          allowedValues: ["infinite", "fixed"]
        }
      },
      leaseState: {
        serializedName: "x-ms-lease-state",
        xmlName: "x-ms-lease-state",
        type: {
          name: "Enum",
          allowedValues: [
            "available",
            "leased",
            "expired",
            "breaking",
            "broken"
          ]
        }
      },
      leaseStatus: {
        serializedName: "x-ms-lease-status",
        xmlName: "x-ms-lease-status",
        type: {
          name: "Enum",
          allowedValues: ["locked", "unlocked"]
        }
      },
      structuredBodyType: {
        serializedName: "x-ms-structured-body",
        xmlName: "x-ms-structured-body",
        type: {
          name: "String"
        }
      },
      structuredContentLength: {
        serializedName: "x-ms-structured-content-length",
        xmlName: "x-ms-structured-content-length",
        type: {
          name: "Number"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileDownloadExceptionHeaders = {
  serializedName: "File_downloadExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileDownloadExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetPropertiesHeaders = {
  serializedName: "File_getPropertiesHeaders",
  type: {
    name: "Composite",
    className: "FileGetPropertiesHeaders",
    modelProperties: {
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      metadata: {
        serializedName: "x-ms-meta",
        headerCollectionPrefix: "x-ms-meta-",
        xmlName: "x-ms-meta",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      fileType: {
        serializedName: "x-ms-type",
        xmlName: "x-ms-type",
        type: {
          name: "String"
        }
      },
      contentLength: {
        serializedName: "content-length",
        xmlName: "content-length",
        type: {
          name: "Number"
        }
      },
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      contentMD5: {
        serializedName: "content-md5",
        xmlName: "content-md5",
        type: {
          name: "ByteArray"
        }
      },
      contentEncoding: {
        serializedName: "content-encoding",
        xmlName: "content-encoding",
        type: {
          name: "String"
        }
      },
      cacheControl: {
        serializedName: "cache-control",
        xmlName: "cache-control",
        type: {
          name: "String"
        }
      },
      contentDisposition: {
        serializedName: "content-disposition",
        xmlName: "content-disposition",
        type: {
          name: "String"
        }
      },
      contentLanguage: {
        serializedName: "content-language",
        xmlName: "content-language",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyCompletedOn: {
        serializedName: "x-ms-copy-completion-time",
        xmlName: "x-ms-copy-completion-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyStatusDescription: {
        serializedName: "x-ms-copy-status-description",
        xmlName: "x-ms-copy-status-description",
        type: {
          name: "String"
        }
      },
      copyId: {
        serializedName: "x-ms-copy-id",
        xmlName: "x-ms-copy-id",
        type: {
          name: "String"
        }
      },
      copyProgress: {
        serializedName: "x-ms-copy-progress",
        xmlName: "x-ms-copy-progress",
        type: {
          name: "String"
        }
      },
      copySource: {
        serializedName: "x-ms-copy-source",
        xmlName: "x-ms-copy-source",
        type: {
          name: "String"
        }
      },
      copyStatus: {
        serializedName: "x-ms-copy-status",
        xmlName: "x-ms-copy-status",
        type: {
          name: "Enum",
          allowedValues: ["pending", "success", "aborted", "failed"]
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-server-encrypted",
        xmlName: "x-ms-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      leaseDuration: {
        serializedName: "x-ms-lease-duration",
        xmlName: "x-ms-lease-duration",
        type: {
          name: "Enum",
          allowedValues: ["infinite", "fixed"]
        }
      },
      leaseState: {
        serializedName: "x-ms-lease-state",
        xmlName: "x-ms-lease-state",
        type: {
          name: "Enum",
          allowedValues: [
            "available",
            "leased",
            "expired",
            "breaking",
            "broken"
          ]
        }
      },
      leaseStatus: {
        serializedName: "x-ms-lease-status",
        xmlName: "x-ms-lease-status",
        type: {
          name: "Enum",
          allowedValues: ["locked", "unlocked"]
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetPropertiesExceptionHeaders = {
  serializedName: "File_getPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileGetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileDeleteHeaders = {
  serializedName: "File_deleteHeaders",
  type: {
    name: "Composite",
    className: "FileDeleteHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileDeleteExceptionHeaders = {
  serializedName: "File_deleteExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileDeleteExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileSetHttpHeadersHeaders = {
  serializedName: "File_setHttpHeadersHeaders",
  type: {
    name: "Composite",
    className: "FileSetHttpHeadersHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileSetHttpHeadersExceptionHeaders = {
  serializedName: "File_setHttpHeadersExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileSetHttpHeadersExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileSetMetadataHeaders = {
  serializedName: "File_setMetadataHeaders",
  type: {
    name: "Composite",
    className: "FileSetMetadataHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileSetMetadataExceptionHeaders = {
  serializedName: "File_setMetadataExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileSetMetadataExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileAcquireLeaseHeaders = {
  serializedName: "File_acquireLeaseHeaders",
  type: {
    name: "Composite",
    className: "FileAcquireLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var FileAcquireLeaseExceptionHeaders = {
  serializedName: "File_acquireLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileAcquireLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileReleaseLeaseHeaders = {
  serializedName: "File_releaseLeaseHeaders",
  type: {
    name: "Composite",
    className: "FileReleaseLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var FileReleaseLeaseExceptionHeaders = {
  serializedName: "File_releaseLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileReleaseLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileChangeLeaseHeaders = {
  serializedName: "File_changeLeaseHeaders",
  type: {
    name: "Composite",
    className: "FileChangeLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var FileChangeLeaseExceptionHeaders = {
  serializedName: "File_changeLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileChangeLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileBreakLeaseHeaders = {
  serializedName: "File_breakLeaseHeaders",
  type: {
    name: "Composite",
    className: "FileBreakLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var FileBreakLeaseExceptionHeaders = {
  serializedName: "File_breakLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileBreakLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileUploadRangeHeaders = {
  serializedName: "File_uploadRangeHeaders",
  type: {
    name: "Composite",
    className: "FileUploadRangeHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      contentMD5: {
        serializedName: "content-md5",
        xmlName: "content-md5",
        type: {
          name: "ByteArray"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      structuredBodyType: {
        serializedName: "x-ms-structured-body",
        xmlName: "x-ms-structured-body",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileUploadRangeExceptionHeaders = {
  serializedName: "File_uploadRangeExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileUploadRangeExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileUploadRangeFromURLHeaders = {
  serializedName: "File_uploadRangeFromURLHeaders",
  type: {
    name: "Composite",
    className: "FileUploadRangeFromURLHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      xMsContentCrc64: {
        serializedName: "x-ms-content-crc64",
        xmlName: "x-ms-content-crc64",
        type: {
          name: "ByteArray"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileUploadRangeFromURLExceptionHeaders = {
  serializedName: "File_uploadRangeFromURLExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileUploadRangeFromURLExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      },
      copySourceErrorCode: {
        serializedName: "x-ms-copy-source-error-code",
        xmlName: "x-ms-copy-source-error-code",
        type: {
          name: "String"
        }
      },
      copySourceStatusCode: {
        serializedName: "x-ms-copy-source-status-code",
        xmlName: "x-ms-copy-source-status-code",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var FileGetRangeListHeaders = {
  serializedName: "File_getRangeListHeaders",
  type: {
    name: "Composite",
    className: "FileGetRangeListHeaders",
    modelProperties: {
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      fileContentLength: {
        serializedName: "x-ms-content-length",
        xmlName: "x-ms-content-length",
        type: {
          name: "Number"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetRangeListExceptionHeaders = {
  serializedName: "File_getRangeListExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileGetRangeListExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileStartCopyHeaders = {
  serializedName: "File_startCopyHeaders",
  type: {
    name: "Composite",
    className: "FileStartCopyHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyId: {
        serializedName: "x-ms-copy-id",
        xmlName: "x-ms-copy-id",
        type: {
          name: "String"
        }
      },
      copyStatus: {
        serializedName: "x-ms-copy-status",
        xmlName: "x-ms-copy-status",
        type: {
          name: "Enum",
          allowedValues: ["pending", "success", "aborted", "failed"]
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileStartCopyExceptionHeaders = {
  serializedName: "File_startCopyExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileStartCopyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      },
      copySourceErrorCode: {
        serializedName: "x-ms-copy-source-error-code",
        xmlName: "x-ms-copy-source-error-code",
        type: {
          name: "String"
        }
      },
      copySourceStatusCode: {
        serializedName: "x-ms-copy-source-status-code",
        xmlName: "x-ms-copy-source-status-code",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var FileAbortCopyHeaders = {
  serializedName: "File_abortCopyHeaders",
  type: {
    name: "Composite",
    className: "FileAbortCopyHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileAbortCopyExceptionHeaders = {
  serializedName: "File_abortCopyExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileAbortCopyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileListHandlesHeaders = {
  serializedName: "File_listHandlesHeaders",
  type: {
    name: "Composite",
    className: "FileListHandlesHeaders",
    modelProperties: {
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileListHandlesExceptionHeaders = {
  serializedName: "File_listHandlesExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileListHandlesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileForceCloseHandlesHeaders = {
  serializedName: "File_forceCloseHandlesHeaders",
  type: {
    name: "Composite",
    className: "FileForceCloseHandlesHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      marker: {
        serializedName: "x-ms-marker",
        xmlName: "x-ms-marker",
        type: {
          name: "String"
        }
      },
      numberOfHandlesClosed: {
        serializedName: "x-ms-number-of-handles-closed",
        xmlName: "x-ms-number-of-handles-closed",
        type: {
          name: "Number"
        }
      },
      numberOfHandlesFailedToClose: {
        serializedName: "x-ms-number-of-handles-failed",
        xmlName: "x-ms-number-of-handles-failed",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileForceCloseHandlesExceptionHeaders = {
  serializedName: "File_forceCloseHandlesExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileForceCloseHandlesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileRenameHeaders = {
  serializedName: "File_renameHeaders",
  type: {
    name: "Composite",
    className: "FileRenameHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreationTime: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeTime: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileRenameExceptionHeaders = {
  serializedName: "File_renameExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileRenameExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateSymbolicLinkHeaders = {
  serializedName: "File_createSymbolicLinkHeaders",
  type: {
    name: "Composite",
    className: "FileCreateSymbolicLinkHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileCreationTime: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeTime: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateSymbolicLinkExceptionHeaders = {
  serializedName: "File_createSymbolicLinkExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileCreateSymbolicLinkExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetSymbolicLinkHeaders = {
  serializedName: "File_getSymbolicLinkHeaders",
  type: {
    name: "Composite",
    className: "FileGetSymbolicLinkHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      linkText: {
        serializedName: "x-ms-link-text",
        xmlName: "x-ms-link-text",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetSymbolicLinkExceptionHeaders = {
  serializedName: "File_getSymbolicLinkExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileGetSymbolicLinkExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateHardLinkHeaders = {
  serializedName: "File_createHardLinkHeaders",
  type: {
    name: "Composite",
    className: "FileCreateHardLinkHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileCreationTime: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeTime: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateHardLinkExceptionHeaders = {
  serializedName: "File_createHardLinkExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileCreateHardLinkExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/models/parameters.js
var contentType = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/xml",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var properties = {
  parameterPath: "properties",
  mapper: FileServiceProperties
};
var accept = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/xml",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var url = {
  parameterPath: "url",
  mapper: {
    serializedName: "url",
    required: true,
    xmlName: "url",
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var restype = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "service",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var comp = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "properties",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var timeoutInSeconds = {
  parameterPath: ["options", "timeoutInSeconds"],
  mapper: {
    constraints: {
      InclusiveMinimum: 0
    },
    serializedName: "timeout",
    xmlName: "timeout",
    type: {
      name: "Number"
    }
  }
};
var version = {
  parameterPath: "version",
  mapper: {
    defaultValue: "2026-04-06",
    isConstant: true,
    serializedName: "x-ms-version",
    type: {
      name: "String"
    }
  }
};
var fileRequestIntent = {
  parameterPath: ["options", "fileRequestIntent"],
  mapper: {
    serializedName: "x-ms-file-request-intent",
    xmlName: "x-ms-file-request-intent",
    type: {
      name: "String"
    }
  }
};
var accept1 = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/xml",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var comp1 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "list",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var prefix = {
  parameterPath: ["options", "prefix"],
  mapper: {
    serializedName: "prefix",
    xmlName: "prefix",
    type: {
      name: "String"
    }
  }
};
var marker = {
  parameterPath: ["options", "marker"],
  mapper: {
    serializedName: "marker",
    xmlName: "marker",
    type: {
      name: "String"
    }
  }
};
var maxResults = {
  parameterPath: ["options", "maxResults"],
  mapper: {
    constraints: {
      InclusiveMinimum: 1
    },
    serializedName: "maxresults",
    xmlName: "maxresults",
    type: {
      name: "Number"
    }
  }
};
var include = {
  parameterPath: ["options", "include"],
  mapper: {
    serializedName: "include",
    xmlName: "include",
    xmlElementName: "ListSharesIncludeType",
    type: {
      name: "Sequence",
      element: {
        type: {
          name: "Enum",
          allowedValues: ["snapshots", "metadata", "deleted"]
        }
      }
    }
  },
  collectionFormat: "CSV"
};
var keyInfo = {
  parameterPath: "keyInfo",
  mapper: KeyInfo
};
var comp2 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "userdelegationkey",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var requestId = {
  parameterPath: ["options", "requestId"],
  mapper: {
    serializedName: "x-ms-client-request-id",
    xmlName: "x-ms-client-request-id",
    type: {
      name: "String"
    }
  }
};
var restype1 = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "share",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var metadata = {
  parameterPath: ["options", "metadata"],
  mapper: {
    serializedName: "x-ms-meta",
    xmlName: "x-ms-meta",
    headerCollectionPrefix: "x-ms-meta-",
    type: {
      name: "Dictionary",
      value: { type: { name: "String" } }
    }
  }
};
var quota = {
  parameterPath: ["options", "quota"],
  mapper: {
    constraints: {
      InclusiveMinimum: 1
    },
    serializedName: "x-ms-share-quota",
    xmlName: "x-ms-share-quota",
    type: {
      name: "Number"
    }
  }
};
var accessTier = {
  parameterPath: ["options", "accessTier"],
  mapper: {
    serializedName: "x-ms-access-tier",
    xmlName: "x-ms-access-tier",
    type: {
      name: "Enum",
      allowedValues: ["TransactionOptimized", "Hot", "Cool", "Premium"]
    }
  }
};
var enabledProtocols = {
  parameterPath: ["options", "enabledProtocols"],
  mapper: {
    serializedName: "x-ms-enabled-protocols",
    xmlName: "x-ms-enabled-protocols",
    type: {
      name: "String"
    }
  }
};
var rootSquash = {
  parameterPath: ["options", "rootSquash"],
  mapper: {
    serializedName: "x-ms-root-squash",
    xmlName: "x-ms-root-squash",
    type: {
      name: "Enum",
      allowedValues: ["NoRootSquash", "RootSquash", "AllSquash"]
    }
  }
};
var enableSnapshotVirtualDirectoryAccess = {
  parameterPath: ["options", "enableSnapshotVirtualDirectoryAccess"],
  mapper: {
    serializedName: "x-ms-enable-snapshot-virtual-directory-access",
    xmlName: "x-ms-enable-snapshot-virtual-directory-access",
    type: {
      name: "Boolean"
    }
  }
};
var paidBurstingEnabled = {
  parameterPath: ["options", "paidBurstingEnabled"],
  mapper: {
    serializedName: "x-ms-share-paid-bursting-enabled",
    xmlName: "x-ms-share-paid-bursting-enabled",
    type: {
      name: "Boolean"
    }
  }
};
var paidBurstingMaxBandwidthMibps = {
  parameterPath: ["options", "paidBurstingMaxBandwidthMibps"],
  mapper: {
    serializedName: "x-ms-share-paid-bursting-max-bandwidth-mibps",
    xmlName: "x-ms-share-paid-bursting-max-bandwidth-mibps",
    type: {
      name: "Number"
    }
  }
};
var paidBurstingMaxIops = {
  parameterPath: ["options", "paidBurstingMaxIops"],
  mapper: {
    serializedName: "x-ms-share-paid-bursting-max-iops",
    xmlName: "x-ms-share-paid-bursting-max-iops",
    type: {
      name: "Number"
    }
  }
};
var shareProvisionedIops = {
  parameterPath: ["options", "shareProvisionedIops"],
  mapper: {
    serializedName: "x-ms-share-provisioned-iops",
    xmlName: "x-ms-share-provisioned-iops",
    type: {
      name: "Number"
    }
  }
};
var shareProvisionedBandwidthMibps = {
  parameterPath: ["options", "shareProvisionedBandwidthMibps"],
  mapper: {
    serializedName: "x-ms-share-provisioned-bandwidth-mibps",
    xmlName: "x-ms-share-provisioned-bandwidth-mibps",
    type: {
      name: "Number"
    }
  }
};
var shareSnapshot = {
  parameterPath: ["options", "shareSnapshot"],
  mapper: {
    serializedName: "sharesnapshot",
    xmlName: "sharesnapshot",
    type: {
      name: "String"
    }
  }
};
var leaseId = {
  parameterPath: ["options", "leaseAccessConditions", "leaseId"],
  mapper: {
    serializedName: "x-ms-lease-id",
    xmlName: "x-ms-lease-id",
    type: {
      name: "String"
    }
  }
};
var deleteSnapshots = {
  parameterPath: ["options", "deleteSnapshots"],
  mapper: {
    serializedName: "x-ms-delete-snapshots",
    xmlName: "x-ms-delete-snapshots",
    type: {
      name: "Enum",
      allowedValues: ["include", "include-leased"]
    }
  }
};
var comp3 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "lease",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var action = {
  parameterPath: "action",
  mapper: {
    defaultValue: "acquire",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var duration = {
  parameterPath: ["options", "duration"],
  mapper: {
    serializedName: "x-ms-lease-duration",
    xmlName: "x-ms-lease-duration",
    type: {
      name: "Number"
    }
  }
};
var proposedLeaseId = {
  parameterPath: ["options", "proposedLeaseId"],
  mapper: {
    serializedName: "x-ms-proposed-lease-id",
    xmlName: "x-ms-proposed-lease-id",
    type: {
      name: "String"
    }
  }
};
var action1 = {
  parameterPath: "action",
  mapper: {
    defaultValue: "release",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var leaseId1 = {
  parameterPath: "leaseId",
  mapper: {
    serializedName: "x-ms-lease-id",
    required: true,
    xmlName: "x-ms-lease-id",
    type: {
      name: "String"
    }
  }
};
var action2 = {
  parameterPath: "action",
  mapper: {
    defaultValue: "change",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var action3 = {
  parameterPath: "action",
  mapper: {
    defaultValue: "renew",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var action4 = {
  parameterPath: "action",
  mapper: {
    defaultValue: "break",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var breakPeriod = {
  parameterPath: ["options", "breakPeriod"],
  mapper: {
    serializedName: "x-ms-lease-break-period",
    xmlName: "x-ms-lease-break-period",
    type: {
      name: "Number"
    }
  }
};
var comp4 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "snapshot",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var contentType1 = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var sharePermission = {
  parameterPath: "sharePermission",
  mapper: SharePermission
};
var comp5 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "filepermission",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var accept2 = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var filePermissionKey = {
  parameterPath: "filePermissionKey",
  mapper: {
    serializedName: "x-ms-file-permission-key",
    required: true,
    xmlName: "x-ms-file-permission-key",
    type: {
      name: "String"
    }
  }
};
var filePermissionFormat = {
  parameterPath: ["options", "filePermissionFormat"],
  mapper: {
    serializedName: "x-ms-file-permission-format",
    xmlName: "x-ms-file-permission-format",
    type: {
      name: "Enum",
      allowedValues: ["Sddl", "Binary"]
    }
  }
};
var comp6 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "metadata",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var comp7 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "acl",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var shareAcl = {
  parameterPath: ["options", "shareAcl"],
  mapper: {
    serializedName: "shareAcl",
    xmlName: "SignedIdentifiers",
    xmlIsWrapped: true,
    xmlElementName: "SignedIdentifier",
    type: {
      name: "Sequence",
      element: {
        type: {
          name: "Composite",
          className: "SignedIdentifier"
        }
      }
    }
  }
};
var comp8 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "stats",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var comp9 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "undelete",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var deletedShareName = {
  parameterPath: ["options", "deletedShareName"],
  mapper: {
    serializedName: "x-ms-deleted-share-name",
    xmlName: "x-ms-deleted-share-name",
    type: {
      name: "String"
    }
  }
};
var deletedShareVersion = {
  parameterPath: ["options", "deletedShareVersion"],
  mapper: {
    serializedName: "x-ms-deleted-share-version",
    xmlName: "x-ms-deleted-share-version",
    type: {
      name: "String"
    }
  }
};
var restype2 = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "directory",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var allowTrailingDot = {
  parameterPath: ["options", "allowTrailingDot"],
  mapper: {
    serializedName: "x-ms-allow-trailing-dot",
    xmlName: "x-ms-allow-trailing-dot",
    type: {
      name: "Boolean"
    }
  }
};
var filePermission = {
  parameterPath: ["options", "filePermission"],
  mapper: {
    serializedName: "x-ms-file-permission",
    xmlName: "x-ms-file-permission",
    type: {
      name: "String"
    }
  }
};
var filePermissionKey1 = {
  parameterPath: ["options", "filePermissionKey"],
  mapper: {
    serializedName: "x-ms-file-permission-key",
    xmlName: "x-ms-file-permission-key",
    type: {
      name: "String"
    }
  }
};
var fileAttributes = {
  parameterPath: ["options", "fileAttributes"],
  mapper: {
    serializedName: "x-ms-file-attributes",
    xmlName: "x-ms-file-attributes",
    type: {
      name: "String"
    }
  }
};
var fileCreatedOn = {
  parameterPath: ["options", "fileCreatedOn"],
  mapper: {
    serializedName: "x-ms-file-creation-time",
    xmlName: "x-ms-file-creation-time",
    type: {
      name: "String"
    }
  }
};
var fileLastWriteOn = {
  parameterPath: ["options", "fileLastWriteOn"],
  mapper: {
    serializedName: "x-ms-file-last-write-time",
    xmlName: "x-ms-file-last-write-time",
    type: {
      name: "String"
    }
  }
};
var fileChangeOn = {
  parameterPath: ["options", "fileChangeOn"],
  mapper: {
    serializedName: "x-ms-file-change-time",
    xmlName: "x-ms-file-change-time",
    type: {
      name: "String"
    }
  }
};
var owner = {
  parameterPath: ["options", "owner"],
  mapper: {
    serializedName: "x-ms-owner",
    xmlName: "x-ms-owner",
    type: {
      name: "String"
    }
  }
};
var group = {
  parameterPath: ["options", "group"],
  mapper: {
    serializedName: "x-ms-group",
    xmlName: "x-ms-group",
    type: {
      name: "String"
    }
  }
};
var fileMode = {
  parameterPath: ["options", "fileMode"],
  mapper: {
    serializedName: "x-ms-mode",
    xmlName: "x-ms-mode",
    type: {
      name: "String"
    }
  }
};
var filePropertySemantics = {
  parameterPath: ["options", "filePropertySemantics"],
  mapper: {
    serializedName: "x-ms-file-property-semantics",
    xmlName: "x-ms-file-property-semantics",
    type: {
      name: "String"
    }
  }
};
var include1 = {
  parameterPath: ["options", "include"],
  mapper: {
    serializedName: "include",
    xmlName: "include",
    xmlElementName: "ListFilesIncludeType",
    type: {
      name: "Sequence",
      element: {
        type: {
          name: "Enum",
          allowedValues: ["Timestamps", "Etag", "Attributes", "PermissionKey"]
        }
      }
    }
  },
  collectionFormat: "CSV"
};
var includeExtendedInfo = {
  parameterPath: ["options", "includeExtendedInfo"],
  mapper: {
    serializedName: "x-ms-file-extended-info",
    xmlName: "x-ms-file-extended-info",
    type: {
      name: "Boolean"
    }
  }
};
var comp10 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "listhandles",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var recursive = {
  parameterPath: ["options", "recursive"],
  mapper: {
    serializedName: "x-ms-recursive",
    xmlName: "x-ms-recursive",
    type: {
      name: "Boolean"
    }
  }
};
var comp11 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "forceclosehandles",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var handleId = {
  parameterPath: "handleId",
  mapper: {
    serializedName: "x-ms-handle-id",
    required: true,
    xmlName: "x-ms-handle-id",
    type: {
      name: "String"
    }
  }
};
var comp12 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "rename",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var renameSource = {
  parameterPath: "renameSource",
  mapper: {
    serializedName: "x-ms-file-rename-source",
    required: true,
    xmlName: "x-ms-file-rename-source",
    type: {
      name: "String"
    }
  }
};
var replaceIfExists = {
  parameterPath: ["options", "replaceIfExists"],
  mapper: {
    serializedName: "x-ms-file-rename-replace-if-exists",
    xmlName: "x-ms-file-rename-replace-if-exists",
    type: {
      name: "Boolean"
    }
  }
};
var ignoreReadOnly = {
  parameterPath: ["options", "ignoreReadOnly"],
  mapper: {
    serializedName: "x-ms-file-rename-ignore-readonly",
    xmlName: "x-ms-file-rename-ignore-readonly",
    type: {
      name: "Boolean"
    }
  }
};
var sourceLeaseId = {
  parameterPath: ["options", "sourceLeaseAccessConditions", "sourceLeaseId"],
  mapper: {
    serializedName: "x-ms-source-lease-id",
    xmlName: "x-ms-source-lease-id",
    type: {
      name: "String"
    }
  }
};
var destinationLeaseId = {
  parameterPath: [
    "options",
    "destinationLeaseAccessConditions",
    "destinationLeaseId"
  ],
  mapper: {
    serializedName: "x-ms-destination-lease-id",
    xmlName: "x-ms-destination-lease-id",
    type: {
      name: "String"
    }
  }
};
var fileAttributes1 = {
  parameterPath: ["options", "copyFileSmbInfo", "fileAttributes"],
  mapper: {
    serializedName: "x-ms-file-attributes",
    xmlName: "x-ms-file-attributes",
    type: {
      name: "String"
    }
  }
};
var fileCreationTime = {
  parameterPath: ["options", "copyFileSmbInfo", "fileCreationTime"],
  mapper: {
    serializedName: "x-ms-file-creation-time",
    xmlName: "x-ms-file-creation-time",
    type: {
      name: "String"
    }
  }
};
var fileLastWriteTime = {
  parameterPath: ["options", "copyFileSmbInfo", "fileLastWriteTime"],
  mapper: {
    serializedName: "x-ms-file-last-write-time",
    xmlName: "x-ms-file-last-write-time",
    type: {
      name: "String"
    }
  }
};
var fileChangeTime = {
  parameterPath: ["options", "copyFileSmbInfo", "fileChangeTime"],
  mapper: {
    serializedName: "x-ms-file-change-time",
    xmlName: "x-ms-file-change-time",
    type: {
      name: "String"
    }
  }
};
var allowSourceTrailingDot = {
  parameterPath: ["options", "allowSourceTrailingDot"],
  mapper: {
    serializedName: "x-ms-source-allow-trailing-dot",
    xmlName: "x-ms-source-allow-trailing-dot",
    type: {
      name: "Boolean"
    }
  }
};
var contentType2 = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/octet-stream",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var body = {
  parameterPath: ["options", "body"],
  mapper: {
    serializedName: "body",
    xmlName: "body",
    type: {
      name: "Stream"
    }
  }
};
var accept3 = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/xml",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var fileContentLength = {
  parameterPath: "fileContentLength",
  mapper: {
    serializedName: "x-ms-content-length",
    required: true,
    xmlName: "x-ms-content-length",
    type: {
      name: "Number"
    }
  }
};
var fileTypeConstant = {
  parameterPath: "fileTypeConstant",
  mapper: {
    defaultValue: "file",
    isConstant: true,
    serializedName: "x-ms-type",
    type: {
      name: "String"
    }
  }
};
var fileContentType = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentType"],
  mapper: {
    serializedName: "x-ms-content-type",
    xmlName: "x-ms-content-type",
    type: {
      name: "String"
    }
  }
};
var fileContentEncoding = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentEncoding"],
  mapper: {
    serializedName: "x-ms-content-encoding",
    xmlName: "x-ms-content-encoding",
    type: {
      name: "String"
    }
  }
};
var fileContentLanguage = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentLanguage"],
  mapper: {
    serializedName: "x-ms-content-language",
    xmlName: "x-ms-content-language",
    type: {
      name: "String"
    }
  }
};
var fileCacheControl = {
  parameterPath: ["options", "fileHttpHeaders", "fileCacheControl"],
  mapper: {
    serializedName: "x-ms-cache-control",
    xmlName: "x-ms-cache-control",
    type: {
      name: "String"
    }
  }
};
var fileContentMD5 = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentMD5"],
  mapper: {
    serializedName: "x-ms-content-md5",
    xmlName: "x-ms-content-md5",
    type: {
      name: "ByteArray"
    }
  }
};
var fileContentDisposition = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentDisposition"],
  mapper: {
    serializedName: "x-ms-content-disposition",
    xmlName: "x-ms-content-disposition",
    type: {
      name: "String"
    }
  }
};
var nfsFileType = {
  parameterPath: ["options", "nfsFileType"],
  mapper: {
    serializedName: "x-ms-file-file-type",
    xmlName: "x-ms-file-file-type",
    type: {
      name: "String"
    }
  }
};
var contentMD5 = {
  parameterPath: ["options", "contentMD5"],
  mapper: {
    serializedName: "Content-MD5",
    xmlName: "Content-MD5",
    type: {
      name: "ByteArray"
    }
  }
};
var contentLength = {
  parameterPath: ["options", "contentLength"],
  mapper: {
    serializedName: "Content-Length",
    xmlName: "Content-Length",
    type: {
      name: "Number"
    }
  }
};
var range = {
  parameterPath: ["options", "range"],
  mapper: {
    serializedName: "x-ms-range",
    xmlName: "x-ms-range",
    type: {
      name: "String"
    }
  }
};
var rangeGetContentMD5 = {
  parameterPath: ["options", "rangeGetContentMD5"],
  mapper: {
    serializedName: "x-ms-range-get-content-md5",
    xmlName: "x-ms-range-get-content-md5",
    type: {
      name: "Boolean"
    }
  }
};
var structuredBodyType = {
  parameterPath: ["options", "structuredBodyType"],
  mapper: {
    serializedName: "x-ms-structured-body",
    xmlName: "x-ms-structured-body",
    type: {
      name: "String"
    }
  }
};
var fileContentLength1 = {
  parameterPath: ["options", "fileContentLength"],
  mapper: {
    serializedName: "x-ms-content-length",
    xmlName: "x-ms-content-length",
    type: {
      name: "Number"
    }
  }
};
var comp13 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "range",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var range1 = {
  parameterPath: "range",
  mapper: {
    serializedName: "x-ms-range",
    required: true,
    xmlName: "x-ms-range",
    type: {
      name: "String"
    }
  }
};
var fileRangeWrite = {
  parameterPath: "fileRangeWrite",
  mapper: {
    defaultValue: "update",
    serializedName: "x-ms-write",
    required: true,
    xmlName: "x-ms-write",
    type: {
      name: "Enum",
      allowedValues: ["update", "clear"]
    }
  }
};
var contentLength1 = {
  parameterPath: "contentLength",
  mapper: {
    serializedName: "Content-Length",
    required: true,
    xmlName: "Content-Length",
    type: {
      name: "Number"
    }
  }
};
var fileLastWrittenMode = {
  parameterPath: ["options", "fileLastWrittenMode"],
  mapper: {
    serializedName: "x-ms-file-last-write-time",
    xmlName: "x-ms-file-last-write-time",
    type: {
      name: "Enum",
      allowedValues: ["Now", "Preserve"]
    }
  }
};
var structuredContentLength = {
  parameterPath: ["options", "structuredContentLength"],
  mapper: {
    serializedName: "x-ms-structured-content-length",
    xmlName: "x-ms-structured-content-length",
    type: {
      name: "Number"
    }
  }
};
var copySource = {
  parameterPath: "copySource",
  mapper: {
    serializedName: "x-ms-copy-source",
    required: true,
    xmlName: "x-ms-copy-source",
    type: {
      name: "String"
    }
  }
};
var sourceRange = {
  parameterPath: ["options", "sourceRange"],
  mapper: {
    serializedName: "x-ms-source-range",
    xmlName: "x-ms-source-range",
    type: {
      name: "String"
    }
  }
};
var fileRangeWriteFromUrl = {
  parameterPath: "fileRangeWriteFromUrl",
  mapper: {
    defaultValue: "update",
    isConstant: true,
    serializedName: "x-ms-write",
    type: {
      name: "String"
    }
  }
};
var sourceContentCrc64 = {
  parameterPath: ["options", "sourceContentCrc64"],
  mapper: {
    serializedName: "x-ms-source-content-crc64",
    xmlName: "x-ms-source-content-crc64",
    type: {
      name: "ByteArray"
    }
  }
};
var sourceIfMatchCrc64 = {
  parameterPath: [
    "options",
    "sourceModifiedAccessConditions",
    "sourceIfMatchCrc64"
  ],
  mapper: {
    serializedName: "x-ms-source-if-match-crc64",
    xmlName: "x-ms-source-if-match-crc64",
    type: {
      name: "ByteArray"
    }
  }
};
var sourceIfNoneMatchCrc64 = {
  parameterPath: [
    "options",
    "sourceModifiedAccessConditions",
    "sourceIfNoneMatchCrc64"
  ],
  mapper: {
    serializedName: "x-ms-source-if-none-match-crc64",
    xmlName: "x-ms-source-if-none-match-crc64",
    type: {
      name: "ByteArray"
    }
  }
};
var copySourceAuthorization = {
  parameterPath: ["options", "copySourceAuthorization"],
  mapper: {
    serializedName: "x-ms-copy-source-authorization",
    xmlName: "x-ms-copy-source-authorization",
    type: {
      name: "String"
    }
  }
};
var comp14 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "rangelist",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var prevsharesnapshot = {
  parameterPath: ["options", "prevsharesnapshot"],
  mapper: {
    serializedName: "prevsharesnapshot",
    xmlName: "prevsharesnapshot",
    type: {
      name: "String"
    }
  }
};
var supportRename = {
  parameterPath: ["options", "supportRename"],
  mapper: {
    serializedName: "x-ms-file-support-rename",
    xmlName: "x-ms-file-support-rename",
    type: {
      name: "Boolean"
    }
  }
};
var filePermissionCopyMode = {
  parameterPath: ["options", "copyFileSmbInfo", "filePermissionCopyMode"],
  mapper: {
    serializedName: "x-ms-file-permission-copy-mode",
    xmlName: "x-ms-file-permission-copy-mode",
    type: {
      name: "Enum",
      allowedValues: ["source", "override"]
    }
  }
};
var ignoreReadOnly1 = {
  parameterPath: ["options", "copyFileSmbInfo", "ignoreReadOnly"],
  mapper: {
    serializedName: "x-ms-file-copy-ignore-readonly",
    xmlName: "x-ms-file-copy-ignore-readonly",
    type: {
      name: "Boolean"
    }
  }
};
var setArchiveAttribute = {
  parameterPath: ["options", "copyFileSmbInfo", "setArchiveAttribute"],
  mapper: {
    serializedName: "x-ms-file-copy-set-archive",
    xmlName: "x-ms-file-copy-set-archive",
    type: {
      name: "Boolean"
    }
  }
};
var fileModeCopyMode = {
  parameterPath: ["options", "fileModeCopyMode"],
  mapper: {
    serializedName: "x-ms-file-mode-copy-mode",
    xmlName: "x-ms-file-mode-copy-mode",
    type: {
      name: "Enum",
      allowedValues: ["source", "override"]
    }
  }
};
var fileOwnerCopyMode = {
  parameterPath: ["options", "fileOwnerCopyMode"],
  mapper: {
    serializedName: "x-ms-file-owner-copy-mode",
    xmlName: "x-ms-file-owner-copy-mode",
    type: {
      name: "Enum",
      allowedValues: ["source", "override"]
    }
  }
};
var comp15 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "copy",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var copyId = {
  parameterPath: "copyId",
  mapper: {
    serializedName: "copyid",
    required: true,
    xmlName: "copyid",
    type: {
      name: "String"
    }
  }
};
var copyActionAbortConstant = {
  parameterPath: "copyActionAbortConstant",
  mapper: {
    defaultValue: "abort",
    isConstant: true,
    serializedName: "x-ms-copy-action",
    type: {
      name: "String"
    }
  }
};
var restype3 = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "symboliclink",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var linkText = {
  parameterPath: "linkText",
  mapper: {
    serializedName: "x-ms-link-text",
    required: true,
    xmlName: "x-ms-link-text",
    type: {
      name: "String"
    }
  }
};
var restype4 = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "hardlink",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var targetFile = {
  parameterPath: "targetFile",
  mapper: {
    serializedName: "x-ms-file-target-file",
    required: true,
    xmlName: "x-ms-file-target-file",
    type: {
      name: "String"
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/operations/service.js
var ServiceImpl = class {
  client;
  /**
   * Initialize a new instance of the class Service class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Sets properties for a storage account's File service endpoint, including properties for Storage
   * Analytics metrics and CORS (Cross-Origin Resource Sharing) rules.
   * @param properties The StorageService properties.
   * @param options The options parameters.
   */
  setProperties(properties2, options) {
    return this.client.sendOperationRequest({ properties: properties2, options }, setPropertiesOperationSpec);
  }
  /**
   * Gets the properties of a storage account's File service, including properties for Storage Analytics
   * metrics and CORS (Cross-Origin Resource Sharing) rules.
   * @param options The options parameters.
   */
  getProperties(options) {
    return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec);
  }
  /**
   * The List Shares Segment operation returns a list of the shares and share snapshots under the
   * specified account.
   * @param options The options parameters.
   */
  listSharesSegment(options) {
    return this.client.sendOperationRequest({ options }, listSharesSegmentOperationSpec);
  }
  /**
   * Retrieves a user delegation key for the File service. This is only a valid operation when using
   * bearer token authentication.
   * @param keyInfo Key information
   * @param options The options parameters.
   */
  getUserDelegationKey(keyInfo2, options) {
    return this.client.sendOperationRequest({ keyInfo: keyInfo2, options }, getUserDelegationKeyOperationSpec);
  }
};
var xmlSerializer = createSerializer(
  mappers_exports,
  /* isXml */
  true
);
var setPropertiesOperationSpec = {
  path: "/",
  httpMethod: "PUT",
  responses: {
    202: {
      headersMapper: ServiceSetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ServiceSetPropertiesExceptionHeaders
    }
  },
  requestBody: properties,
  queryParameters: [
    restype,
    comp,
    timeoutInSeconds
  ],
  urlParameters: [url],
  headerParameters: [
    contentType,
    accept,
    version,
    fileRequestIntent
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "xml",
  serializer: xmlSerializer
};
var getPropertiesOperationSpec = {
  path: "/",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: FileServiceProperties,
      headersMapper: ServiceGetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ServiceGetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    restype,
    comp,
    timeoutInSeconds
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1
  ],
  isXML: true,
  serializer: xmlSerializer
};
var listSharesSegmentOperationSpec = {
  path: "/",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListSharesResponse,
      headersMapper: ServiceListSharesSegmentHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ServiceListSharesSegmentExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    comp1,
    prefix,
    marker,
    maxResults,
    include
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1
  ],
  isXML: true,
  serializer: xmlSerializer
};
var getUserDelegationKeyOperationSpec = {
  path: "/",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: UserDelegationKey,
      headersMapper: ServiceGetUserDelegationKeyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ServiceGetUserDelegationKeyExceptionHeaders
    }
  },
  requestBody: keyInfo,
  queryParameters: [
    restype,
    timeoutInSeconds,
    comp2
  ],
  urlParameters: [url],
  headerParameters: [
    contentType,
    accept,
    version,
    requestId
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "xml",
  serializer: xmlSerializer
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/operations/share.js
var ShareImpl = class {
  client;
  /**
   * Initialize a new instance of the class Share class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Creates a new share under the specified account. If the share with the same name already exists, the
   * operation fails.
   * @param options The options parameters.
   */
  create(options) {
    return this.client.sendOperationRequest({ options }, createOperationSpec);
  }
  /**
   * Returns all user-defined metadata and system properties for the specified share or share snapshot.
   * The data returned does not include the share's list of files.
   * @param options The options parameters.
   */
  getProperties(options) {
    return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec2);
  }
  /**
   * Operation marks the specified share or share snapshot for deletion. The share or share snapshot and
   * any files contained within it are later deleted during garbage collection.
   * @param options The options parameters.
   */
  delete(options) {
    return this.client.sendOperationRequest({ options }, deleteOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param options The options parameters.
   */
  acquireLease(options) {
    return this.client.sendOperationRequest({ options }, acquireLeaseOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  releaseLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, releaseLeaseOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  changeLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, changeLeaseOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  renewLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, renewLeaseOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param options The options parameters.
   */
  breakLease(options) {
    return this.client.sendOperationRequest({ options }, breakLeaseOperationSpec);
  }
  /**
   * Creates a read-only snapshot of a share.
   * @param options The options parameters.
   */
  createSnapshot(options) {
    return this.client.sendOperationRequest({ options }, createSnapshotOperationSpec);
  }
  /**
   * Create a permission (a security descriptor).
   * @param sharePermission A permission (a security descriptor) at the share level.
   * @param options The options parameters.
   */
  createPermission(sharePermission2, options) {
    return this.client.sendOperationRequest({ sharePermission: sharePermission2, options }, createPermissionOperationSpec);
  }
  /**
   * Returns the permission (security descriptor) for a given key
   * @param filePermissionKey Key of the permission to be set for the directory/file.
   * @param options The options parameters.
   */
  getPermission(filePermissionKey2, options) {
    return this.client.sendOperationRequest({ filePermissionKey: filePermissionKey2, options }, getPermissionOperationSpec);
  }
  /**
   * Sets properties for the specified share.
   * @param options The options parameters.
   */
  setProperties(options) {
    return this.client.sendOperationRequest({ options }, setPropertiesOperationSpec2);
  }
  /**
   * Sets one or more user-defined name-value pairs for the specified share.
   * @param options The options parameters.
   */
  setMetadata(options) {
    return this.client.sendOperationRequest({ options }, setMetadataOperationSpec);
  }
  /**
   * Returns information about stored access policies specified on the share.
   * @param options The options parameters.
   */
  getAccessPolicy(options) {
    return this.client.sendOperationRequest({ options }, getAccessPolicyOperationSpec);
  }
  /**
   * Sets a stored access policy for use with shared access signatures.
   * @param options The options parameters.
   */
  setAccessPolicy(options) {
    return this.client.sendOperationRequest({ options }, setAccessPolicyOperationSpec);
  }
  /**
   * Retrieves statistics related to the share.
   * @param options The options parameters.
   */
  getStatistics(options) {
    return this.client.sendOperationRequest({ options }, getStatisticsOperationSpec);
  }
  /**
   * Restores a previously deleted Share.
   * @param options The options parameters.
   */
  restore(options) {
    return this.client.sendOperationRequest({ options }, restoreOperationSpec);
  }
};
var xmlSerializer2 = createSerializer(
  mappers_exports,
  /* isXml */
  true
);
var serializer = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var createOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareCreateHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareCreateExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype1],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    quota,
    accessTier,
    enabledProtocols,
    rootSquash,
    enableSnapshotVirtualDirectoryAccess,
    paidBurstingEnabled,
    paidBurstingMaxBandwidthMibps,
    paidBurstingMaxIops,
    shareProvisionedIops,
    shareProvisionedBandwidthMibps
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var getPropertiesOperationSpec2 = {
  path: "/{shareName}",
  httpMethod: "GET",
  responses: {
    200: {
      headersMapper: ShareGetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareGetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var deleteOperationSpec = {
  path: "/{shareName}",
  httpMethod: "DELETE",
  responses: {
    202: {
      headersMapper: ShareDeleteHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareDeleteExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    deleteSnapshots
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var acquireLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareAcquireLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareAcquireLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    action,
    duration,
    proposedLeaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var releaseLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareReleaseLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareReleaseLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    action1,
    leaseId1
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var changeLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareChangeLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareChangeLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    proposedLeaseId,
    leaseId1,
    action2
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var renewLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareRenewLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareRenewLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    leaseId1,
    action3
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var breakLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    202: {
      headersMapper: ShareBreakLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareBreakLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    leaseId,
    action4,
    breakPeriod
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var createSnapshotOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareCreateSnapshotHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareCreateSnapshotExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp4
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var createPermissionOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareCreatePermissionHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareCreatePermissionExceptionHeaders
    }
  },
  requestBody: sharePermission,
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp5
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    contentType1
  ],
  mediaType: "json",
  serializer
};
var getPermissionOperationSpec = {
  path: "/{shareName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: SharePermission,
      headersMapper: ShareGetPermissionHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareGetPermissionExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp5
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept2,
    filePermissionKey,
    filePermissionFormat
  ],
  serializer
};
var setPropertiesOperationSpec2 = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareSetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareSetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    comp,
    timeoutInSeconds,
    restype1
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    quota,
    accessTier,
    rootSquash,
    enableSnapshotVirtualDirectoryAccess,
    paidBurstingEnabled,
    paidBurstingMaxBandwidthMibps,
    paidBurstingMaxIops,
    shareProvisionedIops,
    shareProvisionedBandwidthMibps,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var setMetadataOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareSetMetadataHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareSetMetadataExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp6
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var getAccessPolicyOperationSpec = {
  path: "/{shareName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: {
        type: {
          name: "Sequence",
          element: {
            type: { name: "Composite", className: "SignedIdentifier" }
          }
        },
        serializedName: "SignedIdentifiers",
        xmlName: "SignedIdentifiers",
        xmlIsWrapped: true,
        xmlElementName: "SignedIdentifier"
      },
      headersMapper: ShareGetAccessPolicyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareGetAccessPolicyExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp7
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var setAccessPolicyOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareSetAccessPolicyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareSetAccessPolicyExceptionHeaders
    }
  },
  requestBody: shareAcl,
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp7
  ],
  urlParameters: [url],
  headerParameters: [
    contentType,
    accept,
    version,
    fileRequestIntent,
    leaseId
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "xml",
  serializer: xmlSerializer2
};
var getStatisticsOperationSpec = {
  path: "/{shareName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ShareStats,
      headersMapper: ShareGetStatisticsHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareGetStatisticsExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp8
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var restoreOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareRestoreHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareRestoreExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp9
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    deletedShareName,
    deletedShareVersion
  ],
  isXML: true,
  serializer: xmlSerializer2
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/operations/directory.js
var DirectoryImpl = class {
  client;
  /**
   * Initialize a new instance of the class Directory class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Creates a new directory under the specified share or parent directory.
   * @param options The options parameters.
   */
  create(options) {
    return this.client.sendOperationRequest({ options }, createOperationSpec2);
  }
  /**
   * Returns all system properties for the specified directory, and can also be used to check the
   * existence of a directory. The data returned does not include the files in the directory or any
   * subdirectories.
   * @param options The options parameters.
   */
  getProperties(options) {
    return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec3);
  }
  /**
   * Removes the specified empty directory. Note that the directory must be empty before it can be
   * deleted.
   * @param options The options parameters.
   */
  delete(options) {
    return this.client.sendOperationRequest({ options }, deleteOperationSpec2);
  }
  /**
   * Sets properties on the directory.
   * @param options The options parameters.
   */
  setProperties(options) {
    return this.client.sendOperationRequest({ options }, setPropertiesOperationSpec3);
  }
  /**
   * Updates user defined metadata for the specified directory.
   * @param options The options parameters.
   */
  setMetadata(options) {
    return this.client.sendOperationRequest({ options }, setMetadataOperationSpec2);
  }
  /**
   * Returns a list of files or directories under the specified share or directory. It lists the contents
   * only for a single level of the directory hierarchy.
   * @param options The options parameters.
   */
  listFilesAndDirectoriesSegment(options) {
    return this.client.sendOperationRequest({ options }, listFilesAndDirectoriesSegmentOperationSpec);
  }
  /**
   * Lists handles for directory.
   * @param options The options parameters.
   */
  listHandles(options) {
    return this.client.sendOperationRequest({ options }, listHandlesOperationSpec);
  }
  /**
   * Closes all handles open for given directory.
   * @param handleId Specifies handle ID opened on the file or directory to be closed. Asterisk (‘*’) is
   *                 a wildcard that specifies all handles.
   * @param options The options parameters.
   */
  forceCloseHandles(handleId2, options) {
    return this.client.sendOperationRequest({ handleId: handleId2, options }, forceCloseHandlesOperationSpec);
  }
  /**
   * Renames a directory
   * @param renameSource Required. Specifies the URI-style path of the source file, up to 2 KB in length.
   * @param options The options parameters.
   */
  rename(renameSource2, options) {
    return this.client.sendOperationRequest({ renameSource: renameSource2, options }, renameOperationSpec);
  }
};
var xmlSerializer3 = createSerializer(
  mappers_exports,
  /* isXml */
  true
);
var createOperationSpec2 = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: DirectoryCreateHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryCreateExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype2],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    fileAttributes,
    fileCreatedOn,
    fileLastWriteOn,
    fileChangeOn,
    owner,
    group,
    fileMode,
    filePropertySemantics
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var getPropertiesOperationSpec3 = {
  path: "/{shareName}/{directory}",
  httpMethod: "GET",
  responses: {
    200: {
      headersMapper: DirectoryGetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryGetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    shareSnapshot,
    restype2
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var deleteOperationSpec2 = {
  path: "/{shareName}/{directory}",
  httpMethod: "DELETE",
  responses: {
    202: {
      headersMapper: DirectoryDeleteHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryDeleteExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype2],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var setPropertiesOperationSpec3 = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: DirectorySetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectorySetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    comp,
    timeoutInSeconds,
    restype2
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    fileAttributes,
    fileCreatedOn,
    fileLastWriteOn,
    fileChangeOn,
    owner,
    group,
    fileMode
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var setMetadataOperationSpec2 = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: DirectorySetMetadataHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectorySetMetadataExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    comp6,
    restype2
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var listFilesAndDirectoriesSegmentOperationSpec = {
  path: "/{shareName}/{directory}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListFilesAndDirectoriesSegmentResponse,
      headersMapper: DirectoryListFilesAndDirectoriesSegmentHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryListFilesAndDirectoriesSegmentExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    comp1,
    prefix,
    marker,
    maxResults,
    shareSnapshot,
    restype2,
    include1
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot,
    includeExtendedInfo
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var listHandlesOperationSpec = {
  path: "/{shareName}/{directory}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListHandlesResponse,
      headersMapper: DirectoryListHandlesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryListHandlesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    marker,
    maxResults,
    shareSnapshot,
    comp10
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot,
    recursive
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var forceCloseHandlesOperationSpec = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: DirectoryForceCloseHandlesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryForceCloseHandlesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    marker,
    shareSnapshot,
    comp11
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot,
    recursive,
    handleId
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var renameOperationSpec = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: DirectoryRenameHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryRenameExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype2,
    comp12
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    renameSource,
    replaceIfExists,
    ignoreReadOnly,
    sourceLeaseId,
    destinationLeaseId,
    fileAttributes1,
    fileCreationTime,
    fileLastWriteTime,
    fileChangeTime,
    allowSourceTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer3
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/operations/file.js
var FileImpl = class {
  client;
  /**
   * Initialize a new instance of the class File class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Creates a new file or replaces a file. Note it only initializes the file with no content.
   * @param fileContentLength Specifies the maximum size for the file, up to 4 TB.
   * @param options The options parameters.
   */
  create(fileContentLength2, options) {
    return this.client.sendOperationRequest({ fileContentLength: fileContentLength2, options }, createOperationSpec3);
  }
  /**
   * Reads or downloads a file from the system, including its metadata and properties.
   * @param options The options parameters.
   */
  download(options) {
    return this.client.sendOperationRequest({ options }, downloadOperationSpec);
  }
  /**
   * Returns all user-defined metadata, standard HTTP properties, and system properties for the file. It
   * does not return the content of the file.
   * @param options The options parameters.
   */
  getProperties(options) {
    return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec4);
  }
  /**
   * removes the file from the storage account.
   * @param options The options parameters.
   */
  delete(options) {
    return this.client.sendOperationRequest({ options }, deleteOperationSpec3);
  }
  /**
   * Sets HTTP headers on the file.
   * @param options The options parameters.
   */
  setHttpHeaders(options) {
    return this.client.sendOperationRequest({ options }, setHttpHeadersOperationSpec);
  }
  /**
   * Updates user-defined metadata for the specified file.
   * @param options The options parameters.
   */
  setMetadata(options) {
    return this.client.sendOperationRequest({ options }, setMetadataOperationSpec3);
  }
  /**
   * [Update] The Lease File operation establishes and manages a lock on a file for write and delete
   * operations
   * @param options The options parameters.
   */
  acquireLease(options) {
    return this.client.sendOperationRequest({ options }, acquireLeaseOperationSpec2);
  }
  /**
   * [Update] The Lease File operation establishes and manages a lock on a file for write and delete
   * operations
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  releaseLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, releaseLeaseOperationSpec2);
  }
  /**
   * [Update] The Lease File operation establishes and manages a lock on a file for write and delete
   * operations
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  changeLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, changeLeaseOperationSpec2);
  }
  /**
   * [Update] The Lease File operation establishes and manages a lock on a file for write and delete
   * operations
   * @param options The options parameters.
   */
  breakLease(options) {
    return this.client.sendOperationRequest({ options }, breakLeaseOperationSpec2);
  }
  /**
   * Upload a range of bytes to a file.
   * @param range Specifies the range of bytes to be written. Both the start and end of the range must be
   *              specified. For an update operation, the range can be up to 4 MB in size. For a clear operation, the
   *              range can be up to the value of the file's full size. The File service accepts only a single byte
   *              range for the Range and 'x-ms-range' headers, and the byte range must be specified in the following
   *              format: bytes=startByte-endByte.
   * @param fileRangeWrite Specify one of the following options: - Update: Writes the bytes specified by
   *                       the request body into the specified range. The Range and Content-Length headers must match to
   *                       perform the update. - Clear: Clears the specified range and releases the space used in storage for
   *                       that range. To clear a range, set the Content-Length header to zero, and set the Range header to a
   *                       value that indicates the range to clear, up to maximum file size.
   * @param contentLength Specifies the number of bytes being transmitted in the request body. When the
   *                      x-ms-write header is set to clear, the value of this header must be set to zero.
   * @param options The options parameters.
   */
  uploadRange(range2, fileRangeWrite2, contentLength2, options) {
    return this.client.sendOperationRequest({ range: range2, fileRangeWrite: fileRangeWrite2, contentLength: contentLength2, options }, uploadRangeOperationSpec);
  }
  /**
   * Upload a range of bytes to a file where the contents are read from a URL.
   * @param range Writes data to the specified byte range in the file.
   * @param copySource Specifies the URL of the source file or blob, up to 2 KB in length. To copy a file
   *                   to another file within the same storage account, you may use Shared Key to authenticate the source
   *                   file. If you are copying a file from another storage account, or if you are copying a blob from the
   *                   same storage account or another storage account, then you must authenticate the source file or blob
   *                   using a shared access signature. If the source is a public blob, no authentication is required to
   *                   perform the copy operation. A file in a share snapshot can also be specified as a copy source.
   * @param contentLength Specifies the number of bytes being transmitted in the request body. When the
   *                      x-ms-write header is set to clear, the value of this header must be set to zero.
   * @param options The options parameters.
   */
  uploadRangeFromURL(range2, copySource2, contentLength2, options) {
    return this.client.sendOperationRequest({ range: range2, copySource: copySource2, contentLength: contentLength2, options }, uploadRangeFromURLOperationSpec);
  }
  /**
   * Returns the list of valid ranges for a file.
   * @param options The options parameters.
   */
  getRangeList(options) {
    return this.client.sendOperationRequest({ options }, getRangeListOperationSpec);
  }
  /**
   * Copies a blob or file to a destination file within the storage account.
   * @param copySource Specifies the URL of the source file or blob, up to 2 KB in length. To copy a file
   *                   to another file within the same storage account, you may use Shared Key to authenticate the source
   *                   file. If you are copying a file from another storage account, or if you are copying a blob from the
   *                   same storage account or another storage account, then you must authenticate the source file or blob
   *                   using a shared access signature. If the source is a public blob, no authentication is required to
   *                   perform the copy operation. A file in a share snapshot can also be specified as a copy source.
   * @param options The options parameters.
   */
  startCopy(copySource2, options) {
    return this.client.sendOperationRequest({ copySource: copySource2, options }, startCopyOperationSpec);
  }
  /**
   * Aborts a pending Copy File operation, and leaves a destination file with zero length and full
   * metadata.
   * @param copyId The copy identifier provided in the x-ms-copy-id header of the original Copy File
   *               operation.
   * @param options The options parameters.
   */
  abortCopy(copyId2, options) {
    return this.client.sendOperationRequest({ copyId: copyId2, options }, abortCopyOperationSpec);
  }
  /**
   * Lists handles for file
   * @param options The options parameters.
   */
  listHandles(options) {
    return this.client.sendOperationRequest({ options }, listHandlesOperationSpec2);
  }
  /**
   * Closes all handles open for given file
   * @param handleId Specifies handle ID opened on the file or directory to be closed. Asterisk (‘*’) is
   *                 a wildcard that specifies all handles.
   * @param options The options parameters.
   */
  forceCloseHandles(handleId2, options) {
    return this.client.sendOperationRequest({ handleId: handleId2, options }, forceCloseHandlesOperationSpec2);
  }
  /**
   * Renames a file
   * @param renameSource Required. Specifies the URI-style path of the source file, up to 2 KB in length.
   * @param options The options parameters.
   */
  rename(renameSource2, options) {
    return this.client.sendOperationRequest({ renameSource: renameSource2, options }, renameOperationSpec2);
  }
  /**
   * Creates a symbolic link.
   * @param linkText NFS only. Required. The path to the original file, the symbolic link is pointing to.
   *                 The path is of type string which is not resolved and is stored as is. The path can be absolute path
   *                 or the relative path depending on the content stored in the symbolic link file.
   * @param options The options parameters.
   */
  createSymbolicLink(linkText2, options) {
    return this.client.sendOperationRequest({ linkText: linkText2, options }, createSymbolicLinkOperationSpec);
  }
  /** @param options The options parameters. */
  getSymbolicLink(options) {
    return this.client.sendOperationRequest({ options }, getSymbolicLinkOperationSpec);
  }
  /**
   * Creates a hard link.
   * @param targetFile NFS only. Required. Specifies the path of the target file to which the link will
   *                   be created, up to 2 KiB in length. It should be full path of the target from the root.The target
   *                   file must be in the same share and hence the same storage account.
   * @param options The options parameters.
   */
  createHardLink(targetFile2, options) {
    return this.client.sendOperationRequest({ targetFile: targetFile2, options }, createHardLinkOperationSpec);
  }
};
var xmlSerializer4 = createSerializer(
  mappers_exports,
  /* isXml */
  true
);
var createOperationSpec3 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileCreateHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileCreateExceptionHeaders
    }
  },
  requestBody: body,
  queryParameters: [timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    metadata,
    leaseId,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    fileAttributes,
    fileCreatedOn,
    fileLastWriteOn,
    fileChangeOn,
    owner,
    group,
    fileMode,
    filePropertySemantics,
    contentType2,
    accept3,
    fileContentLength,
    fileTypeConstant,
    fileContentType,
    fileContentEncoding,
    fileContentLanguage,
    fileCacheControl,
    fileContentMD5,
    fileContentDisposition,
    nfsFileType,
    contentMD5,
    contentLength
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "binary",
  serializer: xmlSerializer4
};
var downloadOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: {
        type: { name: "Stream" },
        serializedName: "parsedResponse"
      },
      headersMapper: FileDownloadHeaders
    },
    206: {
      bodyMapper: {
        type: { name: "Stream" },
        serializedName: "parsedResponse"
      },
      headersMapper: FileDownloadHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileDownloadExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot,
    range,
    rangeGetContentMD5,
    structuredBodyType
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var getPropertiesOperationSpec4 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "HEAD",
  responses: {
    200: {
      headersMapper: FileGetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileGetPropertiesExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, shareSnapshot],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var deleteOperationSpec3 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "DELETE",
  responses: {
    202: {
      headersMapper: FileDeleteHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileDeleteExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var setHttpHeadersOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileSetHttpHeadersHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileSetHttpHeadersExceptionHeaders
    }
  },
  queryParameters: [comp, timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    fileAttributes,
    fileCreatedOn,
    fileLastWriteOn,
    fileChangeOn,
    owner,
    group,
    fileMode,
    fileContentType,
    fileContentEncoding,
    fileContentLanguage,
    fileCacheControl,
    fileContentMD5,
    fileContentDisposition,
    fileContentLength1
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var setMetadataOperationSpec3 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileSetMetadataHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileSetMetadataExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp6],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    leaseId,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var acquireLeaseOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileAcquireLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileAcquireLeaseExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    action,
    duration,
    proposedLeaseId,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var releaseLeaseOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileReleaseLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileReleaseLeaseExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    action1,
    leaseId1,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var changeLeaseOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileChangeLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileChangeLeaseExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    proposedLeaseId,
    leaseId1,
    action2,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var breakLeaseOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    202: {
      headersMapper: FileBreakLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileBreakLeaseExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    leaseId,
    action4,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var uploadRangeOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileUploadRangeHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileUploadRangeExceptionHeaders
    }
  },
  requestBody: body,
  queryParameters: [timeoutInSeconds, comp13],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    leaseId,
    allowTrailingDot,
    contentType2,
    accept3,
    contentMD5,
    structuredBodyType,
    range1,
    fileRangeWrite,
    contentLength1,
    fileLastWrittenMode,
    structuredContentLength
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "binary",
  serializer: xmlSerializer4
};
var uploadRangeFromURLOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileUploadRangeFromURLHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileUploadRangeFromURLExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp13],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot,
    allowSourceTrailingDot,
    range1,
    contentLength1,
    fileLastWrittenMode,
    copySource,
    sourceRange,
    fileRangeWriteFromUrl,
    sourceContentCrc64,
    sourceIfMatchCrc64,
    sourceIfNoneMatchCrc64,
    copySourceAuthorization
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var getRangeListOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ShareFileRangeList,
      headersMapper: FileGetRangeListHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileGetRangeListExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    shareSnapshot,
    comp14,
    prevsharesnapshot
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot,
    range,
    supportRename
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var startCopyOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    202: {
      headersMapper: FileStartCopyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileStartCopyExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    leaseId,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    owner,
    group,
    fileMode,
    fileAttributes1,
    fileCreationTime,
    fileLastWriteTime,
    fileChangeTime,
    allowSourceTrailingDot,
    copySource,
    filePermissionCopyMode,
    ignoreReadOnly1,
    setArchiveAttribute,
    fileModeCopyMode,
    fileOwnerCopyMode
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var abortCopyOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    204: {
      headersMapper: FileAbortCopyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileAbortCopyExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    comp15,
    copyId
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot,
    copyActionAbortConstant
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var listHandlesOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListHandlesResponse,
      headersMapper: FileListHandlesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileListHandlesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    marker,
    maxResults,
    shareSnapshot,
    comp10
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var forceCloseHandlesOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileForceCloseHandlesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileForceCloseHandlesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    marker,
    shareSnapshot,
    comp11
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot,
    handleId
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var renameOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileRenameHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileRenameExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp12],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    renameSource,
    replaceIfExists,
    ignoreReadOnly,
    sourceLeaseId,
    destinationLeaseId,
    fileAttributes1,
    fileCreationTime,
    fileLastWriteTime,
    fileChangeTime,
    allowSourceTrailingDot,
    fileContentType
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var createSymbolicLinkOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileCreateSymbolicLinkHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileCreateSymbolicLinkExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    metadata,
    leaseId,
    fileCreatedOn,
    fileLastWriteOn,
    owner,
    group,
    linkText
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var getSymbolicLinkOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "GET",
  responses: {
    200: {
      headersMapper: FileGetSymbolicLinkHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileGetSymbolicLinkExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    shareSnapshot,
    restype3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var createHardLinkOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileCreateHardLinkHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileCreateHardLinkExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype4],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    leaseId,
    fileTypeConstant,
    targetFile
  ],
  isXML: true,
  serializer: xmlSerializer4
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/storageClient.js
var StorageClient = class extends ExtendedServiceClient {
  url;
  version;
  fileRangeWriteFromUrl;
  /**
   * Initializes a new instance of the StorageClient class.
   * @param url The URL of the service account, share, directory or file that is the target of the
   *            desired operation.
   * @param options The parameter options
   */
  constructor(url2, options) {
    if (url2 === void 0) {
      throw new Error("'url' cannot be null");
    }
    if (!options) {
      options = {};
    }
    const defaults = {
      requestContentType: "application/json; charset=utf-8"
    };
    const packageDetails = `azsdk-js-azure-storage-file-share/12.31.0`;
    const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    const optionsWithDefaults = {
      ...defaults,
      ...options,
      userAgentOptions: {
        userAgentPrefix
      },
      endpoint: options.endpoint ?? options.baseUri ?? "{url}"
    };
    super(optionsWithDefaults);
    this.url = url2;
    this.version = options.version || "2026-04-06";
    this.fileRangeWriteFromUrl = options.fileRangeWriteFromUrl || "update";
    this.service = new ServiceImpl(this);
    this.share = new ShareImpl(this);
    this.directory = new DirectoryImpl(this);
    this.file = new FileImpl(this);
  }
  service;
  share;
  directory;
  file;
};

// node_modules/@azure/storage-file-share/dist/esm/StorageContextClient.js
var StorageContextClient = class extends StorageClient {
  async sendOperationRequest(operationArguments, operationSpec) {
    const operationSpecToSend = { ...operationSpec };
    if (operationSpecToSend.path === "/{shareName}" || operationSpecToSend.path === "/{shareName}/{directory}" || operationSpecToSend.path === "/{shareName}/{directory}/{fileName}") {
      operationSpecToSend.path = "";
    }
    return super.sendOperationRequest(operationArguments, operationSpecToSend);
  }
};

// node_modules/@azure/storage-file-share/dist/esm/StorageClient.js
var StorageClient2 = class {
  /**
   * URL string value.
   */
  url;
  accountName;
  /**
   * Request policy pipeline.
   *
   * @internal
   */
  pipeline;
  /**
   * Credential in the pipeline to authenticate requests to the service, such as AnonymousCredential, StorageSharedKeyCredential.
   * Initialized to an AnonymousCredential if not able to retrieve it from the pipeline.
   *
   * @internal
   */
  credential;
  /**
   * StorageClient is a reference to protocol layer operations entry, which is
   * generated by AutoRest generator.
   */
  storageClientContext;
  /**
   * Creates an instance of StorageClient.
   * @param url -
   * @param pipeline -
   */
  constructor(url2, pipeline2) {
    this.url = escapeURLPath(url2);
    this.accountName = getAccountNameFromUrl(url2);
    this.pipeline = pipeline2;
    this.storageClientContext = new StorageContextClient(this.url, getCoreClientOptions(pipeline2));
    const storageClientContext = this.storageClientContext;
    if (storageClientContext.requestContentType) {
      storageClientContext.requestContentType = void 0;
    }
    const credential = getCredentialFromPipeline(pipeline2);
    this.credential = credential;
  }
};

// node_modules/@azure/storage-file-share/dist/esm/utils/RetriableReadableStream.js
import { Readable } from "node:stream";
var RetriableReadableStream = class extends Readable {
  start;
  offset;
  end;
  getter;
  source;
  retries = 0;
  maxRetryRequests;
  onProgress;
  options;
  /**
   * Creates an instance of RetriableReadableStream.
   *
   * @param source - The current ReadableStream returned from getter
   * @param getter - A method calling downloading request returning
   *                                      a new ReadableStream from specified offset
   * @param offset - Offset position in original data source to read
   * @param count - How much data in original data source to read
   * @param options -
   */
  constructor(source, getter, offset, count, options = {}) {
    super();
    this.getter = getter;
    this.source = source;
    this.start = offset;
    this.offset = offset;
    this.end = offset + count - 1;
    this.maxRetryRequests = options.maxRetryRequests && options.maxRetryRequests >= 0 ? options.maxRetryRequests : 0;
    this.onProgress = options.onProgress;
    this.options = options;
    this.setSourceEventHandlers();
  }
  _read() {
    this.source.resume();
  }
  setSourceEventHandlers() {
    this.source.on("data", this.sourceDataHandler);
    this.source.on("end", this.sourceErrorOrEndHandler);
    this.source.on("error", this.sourceErrorOrEndHandler);
    this.source.on("aborted", this.sourceAbortedHandler);
  }
  removeSourceEventHandlers() {
    this.source.removeListener("data", this.sourceDataHandler);
    this.source.removeListener("end", this.sourceErrorOrEndHandler);
    this.source.removeListener("error", this.sourceErrorOrEndHandler);
    this.source.removeListener("aborted", this.sourceAbortedHandler);
  }
  sourceDataHandler = (data) => {
    if (this.options.doInjectErrorOnce) {
      this.options.doInjectErrorOnce = void 0;
      this.source.pause();
      this.sourceErrorOrEndHandler();
      this.source.destroy();
      return;
    }
    this.offset += data.length;
    if (this.onProgress) {
      this.onProgress({ loadedBytes: this.offset - this.start });
    }
    if (!this.push(data)) {
      this.source.pause();
    }
  };
  sourceAbortedHandler = () => {
    const abortError3 = new AbortError("The operation was aborted.");
    this.destroy(abortError3);
  };
  sourceErrorOrEndHandler = (err) => {
    if (err && err.name === "AbortError") {
      this.destroy(err);
      return;
    }
    this.removeSourceEventHandlers();
    if (this.offset - 1 === this.end) {
      this.push(null);
    } else if (this.offset <= this.end) {
      if (this.retries < this.maxRetryRequests) {
        this.retries += 1;
        this.getter(this.offset).then((newSource) => {
          this.source = newSource;
          this.setSourceEventHandlers();
          return;
        }).catch((error) => {
          this.destroy(error);
        });
      } else {
        this.destroy(new Error(`Data corruption failure: received less data than required and reached maxRetires limitation. Received data offset: ${this.offset - 1}, data needed offset: ${this.end}, retries: ${this.retries}, max retries: ${this.maxRetryRequests}`));
      }
    } else {
      this.destroy(new Error(`Data corruption failure: Received more data than original request, data needed offset is ${this.end}, received offset: ${this.offset - 1}`));
    }
  };
  _destroy(error, callback) {
    this.removeSourceEventHandlers();
    this.source.destroy();
    callback(error === null ? void 0 : error);
  }
};

// node_modules/@azure/storage-file-share/dist/esm/FileDownloadResponse.js
var FileDownloadResponse = class {
  /**
   * Indicates that the service supports
   * requests for partial file content.
   *
   * @readonly
   */
  get acceptRanges() {
    return this.originalResponse.acceptRanges;
  }
  /**
   * Returnes if it was previously specified
   * for the file.
   *
   * @readonly
   */
  get cacheControl() {
    return this.originalResponse.cacheControl;
  }
  /**
   * Returns the value that was specified
   * for the 'x-ms-content-disposition' header and specifies how to process the
   * response.
   *
   * @readonly
   */
  get contentDisposition() {
    return this.originalResponse.contentDisposition;
  }
  /**
   * Returns the value that was specified
   * for the Content-Encoding request header.
   *
   * @readonly
   */
  get contentEncoding() {
    return this.originalResponse.contentEncoding;
  }
  /**
   * Returns the value that was specified
   * for the Content-Language request header.
   *
   * @readonly
   */
  get contentLanguage() {
    return this.originalResponse.contentLanguage;
  }
  /**
   * The number of bytes present in the
   * response body.
   *
   * @readonly
   */
  get contentLength() {
    return this.originalResponse.contentLength;
  }
  /**
   * If the file has an MD5 hash and the
   * request is to read the full file, this response header is returned so that
   * the client can check for message content integrity. If the request is to
   * read a specified range and the 'x-ms-range-get-content-md5' is set to
   * true, then the request returns an MD5 hash for the range, as long as the
   * range size is less than or equal to 4 MB. If neither of these sets of
   * conditions is true, then no value is returned for the 'Content-MD5'
   * header.
   *
   * @readonly
   */
  get contentMD5() {
    return this.originalResponse.contentMD5;
  }
  /**
   * Indicates the range of bytes returned if
   * the client requested a subset of the file by setting the Range request
   * header.
   *
   * @readonly
   */
  get contentRange() {
    return this.originalResponse.contentRange;
  }
  /**
   * The content type specified for the file.
   * The default content type is 'application/octet-stream'
   *
   * @readonly
   */
  get contentType() {
    return this.originalResponse.contentType;
  }
  /**
   * Conclusion time of the last attempted
   * Copy File operation where this file was the destination file. This value
   * can specify the time of a completed, aborted, or failed copy attempt.
   *
   * @readonly
   */
  get copyCompletedOn() {
    return this.originalResponse.copyCompletedOn;
  }
  /**
   * String identifier for the last attempted Copy
   * File operation where this file was the destination file.
   *
   * @readonly
   */
  get copyId() {
    return this.originalResponse.copyId;
  }
  /**
   * Contains the number of bytes copied and
   * the total bytes in the source in the last attempted Copy File operation
   * where this file was the destination file. Can show between 0 and
   * Content-Length bytes copied.
   *
   * @readonly
   */
  get copyProgress() {
    return this.originalResponse.copyProgress;
  }
  /**
   * URL up to 2KB in length that specifies the
   * source file used in the last attempted Copy File operation where this file
   * was the destination file.
   *
   * @readonly
   */
  get copySource() {
    return this.originalResponse.copySource;
  }
  /**
   * State of the copy operation
   * identified by 'x-ms-copy-id'. Possible values include: 'pending',
   * 'success', 'aborted', 'failed'
   *
   * @readonly
   */
  get copyStatus() {
    return this.originalResponse.copyStatus;
  }
  /**
   * Only appears when
   * x-ms-copy-status is failed or pending. Describes cause of fatal or
   * non-fatal copy operation failure.
   *
   * @readonly
   */
  get copyStatusDescription() {
    return this.originalResponse.copyStatusDescription;
  }
  /**
   * A UTC date/time value generated by the service that
   * indicates the time at which the response was initiated.
   *
   * @readonly
   */
  get date() {
    return this.originalResponse.date;
  }
  /**
   * The ETag contains a value that you can use to
   * perform operations conditionally, in quotes.
   *
   * @readonly
   */
  get etag() {
    return this.originalResponse.etag;
  }
  get errorCode() {
    return this.originalResponse.errorCode;
  }
  /**
   * If the file has a MD5 hash, and if
   * request contains range header (Range or x-ms-range), this response header
   * is returned with the value of the whole file's MD5 value. This value may
   * or may not be equal to the value returned in Content-MD5 header, with the
   * latter calculated from the requested range.
   *
   * @readonly
   */
  get fileContentMD5() {
    return this.originalResponse.fileContentMD5;
  }
  /**
   * The value of this header is set to
   * true if the file data and application metadata are completely encrypted
   * using the specified algorithm. Otherwise, the value is set to false (when
   * the file is unencrypted, or if only parts of the file/application metadata
   * are encrypted).
   *
   * @readonly
   */
  get isServerEncrypted() {
    return this.originalResponse.isServerEncrypted;
  }
  /**
   * Returns the date and time the file was last
   * modified. Any operation that modifies the file or its properties updates
   * the last modified time.
   *
   * @readonly
   */
  get lastModified() {
    return this.originalResponse.lastModified;
  }
  /**
   * A name-value pair
   * to associate with a file storage object.
   *
   * @readonly
   */
  get metadata() {
    return this.originalResponse.metadata;
  }
  /**
   * This header uniquely identifies the request
   * that was made and can be used for troubleshooting the request.
   *
   * @readonly
   */
  get requestId() {
    return this.originalResponse.requestId;
  }
  /**
   * Indicates the version of the File service used
   * to execute the request.
   *
   * @readonly
   */
  get version() {
    return this.originalResponse.version;
  }
  /**
   * Attributes set for the file.
   *
   * @readonly
   */
  get fileAttributes() {
    return this.originalResponse.fileAttributes;
  }
  /**
   * Creation time for the file.
   *
   * @readonly
   */
  get fileCreatedOn() {
    return this.originalResponse.fileCreatedOn;
  }
  /**
   * Last write time for the file.
   *
   * @readonly
   */
  get fileLastWriteOn() {
    return this.originalResponse.fileLastWriteOn;
  }
  /**
   * Change time for the file.
   *
   * @readonly
   */
  get fileChangeOn() {
    return this.originalResponse.fileChangeOn;
  }
  /**
   * Key of the permission set for the file.
   *
   * @readonly
   */
  get filePermissionKey() {
    return this.originalResponse.filePermissionKey;
  }
  /**
   * The fileId of the file.
   *
   * @readonly
   */
  get fileId() {
    return this.originalResponse.fileId;
  }
  /**
   * The parent fileId of the file.
   *
   * @readonly
   */
  get fileParentId() {
    return this.originalResponse.fileParentId;
  }
  /**
   * The response body as a browser Blob.
   * Always undefined in node.js.
   *
   * @readonly
   */
  get contentAsBlob() {
    return this.originalResponse.blobBody;
  }
  /**
   * When a file is leased, specifies whether the lease is of infinite or fixed duration. Possible
   * values include: 'infinite', 'fixed'
   */
  get leaseDuration() {
    return this.originalResponse.leaseDuration;
  }
  /**
   * Lease state of the file. Possible values include: 'available', 'leased', 'expired',
   * 'breaking', 'broken'
   */
  get leaseState() {
    return this.originalResponse.leaseState;
  }
  /**
   * The current lease status of the file. Possible values include: 'locked', 'unlocked'
   */
  get leaseStatus() {
    return this.originalResponse.leaseStatus;
  }
  /**
   * Properties of NFS files
   */
  get posixProperties() {
    return this.originalResponse.posixProperties;
  }
  get structuredBodyType() {
    return this.originalResponse.structuredBodyType;
  }
  get structuredContentLength() {
    return this.originalResponse.structuredContentLength;
  }
  /**
   * The response body as a node.js Readable stream.
   * Always undefined in the browser.
   *
   * It will automatically retry when internal read stream unexpected ends.
   *
   * @readonly
   */
  get readableStreamBody() {
    return isNodeLike ? this.fileDownloadStream : void 0;
  }
  get _response() {
    return this.originalResponse._response;
  }
  originalResponse;
  fileDownloadStream;
  /**
   * Creates an instance of FileDownloadResponse.
   *
   * @param originalResponse -
   * @param getter -
   * @param offset -
   * @param count -
   * @param options -
   */
  constructor(originalResponse, getter, offset, count, options = {}) {
    this.originalResponse = assertResponse(originalResponse);
    const bodyStream = this.originalResponse.structuredBodyType ? structuredMessageDecodingStream(this.originalResponse.readableStreamBody, {}) : this.originalResponse.readableStreamBody;
    this.fileDownloadStream = new RetriableReadableStream(bodyStream, getter, offset, count, options);
  }
};

// node_modules/@azure/storage-file-share/dist/esm/Range.js
function rangeToString(range2) {
  if (range2.offset < 0) {
    throw new RangeError(`Range.offset cannot be smaller than 0.`);
  }
  if (range2.count && range2.count <= 0) {
    throw new RangeError(`Range.count must be larger than 0. Leave it undefined if you want a range from offset to the end.`);
  }
  return range2.count ? `bytes=${range2.offset}-${range2.offset + range2.count - 1}` : `bytes=${range2.offset}-`;
}

// node_modules/@azure/storage-file-share/dist/esm/FileSystemAttributes.js
var FileSystemAttributes = class _FileSystemAttributes {
  /**
   * Creates a FileSystemAttributes from the specified attributes string. This method will throw an
   * Error if it encounters a string that does not correspond to a valid attributes.
   *
   * @param fileAttributes - The value of header x-ms-file-attributes.
   */
  static parse(fileAttributes2) {
    if (!fileAttributes2) {
      throw new RangeError(`Invalid fileAttributes: '${fileAttributes2}'.`);
    }
    const fileSystemAttributes = new _FileSystemAttributes();
    const attributes = fileAttributes2.trim().split("|");
    for (let str2 of attributes) {
      str2 = str2.trim();
      switch (str2) {
        case "ReadOnly":
          fileSystemAttributes.readonly = true;
          break;
        case "Hidden":
          fileSystemAttributes.hidden = true;
          break;
        case "System":
          fileSystemAttributes.system = true;
          break;
        case "None":
          fileSystemAttributes.none = true;
          break;
        case "Temporary":
          fileSystemAttributes.temporary = true;
          break;
        case "Offline":
          fileSystemAttributes.offline = true;
          break;
        case "Directory":
          fileSystemAttributes.directory = true;
          break;
        case "Archive":
          fileSystemAttributes.archive = true;
          break;
        case "NotContentIndexed":
          fileSystemAttributes.notContentIndexed = true;
          break;
        case "NoScrubData":
          fileSystemAttributes.noScrubData = true;
          break;
        default:
          throw new RangeError(`Invalid attribute: ${str2}`);
      }
    }
    return fileSystemAttributes;
  }
  /**
   * Specifies a directory or file that is read-only.
   */
  readonly = false;
  /**
   * Specifies a directory or file is hidden.
   */
  hidden = false;
  /**
   * Specifies a directory or file that the operating system uses a part of, or uses exclusively.
   */
  system = false;
  /**
   * Specifies a directory or file that does not have other attributes set. This attribute is valid only when used alone.
   */
  none = false;
  /**
   * Specifies the handle identifies a directory.
   */
  directory = false;
  /**
   * Specifies a directory or file is an archive. Applications typically use this attribute to mark files for backup or removal.
   */
  archive = false;
  /**
   * Specifies if a file is temporary.
   */
  temporary = false;
  /**
   * Specifies the data of a directory or file is not available immediately.
   * This file system attribute is presented primarily to provide compatibility with Windows - Azure Files does not support with offline storage options.
   */
  offline = false;
  /**
   * Specifies the directory or file is not to be indexed by the content indexing service.
   */
  notContentIndexed = false;
  /**
   * Specifies the user data stream not to be read by the background data integrity scanner.
   * This file system attribute is presented primarily to provide compatibility with Windows.
   * Applicable to directory or file.
   */
  noScrubData = false;
  /**
   * Converts the given attributes to a string.
   *
   * @returns A string which represents the FileSystemAttributes
   */
  toString() {
    const attributes = [];
    if (this.readonly) {
      attributes.push("ReadOnly");
    }
    if (this.hidden) {
      attributes.push("Hidden");
    }
    if (this.system) {
      attributes.push("System");
    }
    if (this.none) {
      attributes.push("None");
    }
    if (this.temporary) {
      attributes.push("Temporary");
    }
    if (this.directory) {
      attributes.push("Directory");
    }
    if (this.archive) {
      attributes.push("Archive");
    }
    if (this.offline) {
      attributes.push("Offline");
    }
    if (this.notContentIndexed) {
      attributes.push("NotContentIndexed");
    }
    if (this.noScrubData) {
      attributes.push("NoScrubData");
    }
    return attributes.join("|");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/models.js
function toShareProtocols(protocolsString) {
  if (protocolsString === void 0) {
    return void 0;
  }
  const protocolStrArray = protocolsString.split(";");
  const protocols = {};
  for (const protocol of protocolStrArray) {
    if (protocol === "SMB") {
      protocols.smbEnabled = true;
    } else if (protocol === "NFS") {
      protocols.nfsEnabled = true;
    }
  }
  return protocols;
}
function toShareProtocolsString(protocols = {}) {
  let protocolStr = void 0;
  if (protocols.smbEnabled === true) {
    protocolStr = "SMB";
  }
  if (protocols.nfsEnabled === true) {
    logger.info(`Using "NFS" in favor of "SMB" for the share protocol as currently they can't be supported at the same time.`);
    protocolStr = "NFS";
  }
  return protocolStr;
}
function validateFilePermissionOptions(filePermission2, filePermissionKey2) {
  if (filePermission2 && filePermissionKey2) {
    throw new RangeError("Only one of filePermission or filePermissionKey can be specified.");
  }
}
function validateAndSetDefaultsForFileAndDirectoryCreateCommonOptions(options) {
  if (!options) {
    options = {};
  }
  validateFilePermissionOptions(options.filePermission, options.filePermissionKey);
  return options;
}
function validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(options) {
  if (!options) {
    options = {};
  }
  validateFilePermissionOptions(options.filePermission, options.filePermissionKey);
  return options;
}
function fileAttributesToString(fileAttributes2) {
  return fileAttributes2 instanceof FileSystemAttributes ? fileAttributes2.toString() : fileAttributes2;
}
function fileCreationTimeToString(time) {
  return time instanceof Date ? truncatedISO8061Date(time) : time;
}
function fileLastWriteTimeToString(time) {
  return time instanceof Date ? truncatedISO8061Date(time) : time;
}
function fileChangeTimeToString(time) {
  return time instanceof Date ? truncatedISO8061Date(time) : time;
}
var StorageFileAudience;
(function(StorageFileAudience2) {
  StorageFileAudience2["StorageOAuthScopes"] = "https://storage.azure.com/.default";
})(StorageFileAudience || (StorageFileAudience = {}));

// node_modules/@azure/storage-file-share/dist/esm/utils/Batch.js
import { EventEmitter } from "events";
var BatchStates;
(function(BatchStates2) {
  BatchStates2[BatchStates2["Good"] = 0] = "Good";
  BatchStates2[BatchStates2["Error"] = 1] = "Error";
})(BatchStates || (BatchStates = {}));
var Batch = class {
  /**
   * Concurrency. Must be lager than 0.
   */
  concurrency;
  /**
   * Number of active operations under execution.
   */
  actives = 0;
  /**
   * Number of completed operations under execution.
   */
  completed = 0;
  /**
   * Offset of next operation to be executed.
   */
  offset = 0;
  /**
   * Operation array to be executed.
   */
  operations = [];
  /**
   * States of Batch. When an error happens, state will turn into error.
   * Batch will stop execute left operations.
   */
  state = BatchStates.Good;
  /**
   * A private emitter used to pass events inside this class.
   */
  emitter;
  /**
   * Creates an instance of Batch.
   * @param concurrency -
   */
  constructor(concurrency = 5) {
    if (concurrency < 1) {
      throw new RangeError("concurrency must be larger than 0");
    }
    this.concurrency = concurrency;
    this.emitter = new EventEmitter();
  }
  /**
   * Add a operation into queue.
   *
   * @param operation -
   */
  addOperation(operation) {
    this.operations.push(async () => {
      try {
        this.actives++;
        await operation();
        this.actives--;
        this.completed++;
        this.parallelExecute();
      } catch (error) {
        this.emitter.emit("error", error);
      }
    });
  }
  /**
   * Start execute operations in the queue.
   *
   */
  async do() {
    if (this.operations.length === 0) {
      return Promise.resolve();
    }
    this.parallelExecute();
    return new Promise((resolve5, reject) => {
      this.emitter.on("finish", resolve5);
      this.emitter.on("error", (error) => {
        this.state = BatchStates.Error;
        reject(error);
      });
    });
  }
  /**
   * Get next operation to be executed. Return null when reaching ends.
   *
   */
  nextOperation() {
    if (this.offset < this.operations.length) {
      return this.operations[this.offset++];
    }
    return null;
  }
  /**
   * Start execute operations. One one the most important difference between
   * this method with do() is that do() wraps as an sync method.
   *
   */
  parallelExecute() {
    if (this.state === BatchStates.Error) {
      return;
    }
    if (this.completed >= this.operations.length) {
      this.emitter.emit("finish");
      return;
    }
    while (this.actives < this.concurrency) {
      const operation = this.nextOperation();
      if (operation) {
        operation();
      } else {
        return;
      }
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/utils/BufferScheduler.js
import { EventEmitter as EventEmitter2 } from "events";
var BufferScheduler = class {
  /**
   * Size of buffers in incoming and outgoing queues. This class will try to align
   * data read from Readable stream into buffer chunks with bufferSize defined.
   */
  bufferSize;
  /**
   * How many buffers can be created or maintained.
   */
  maxBuffers;
  /**
   * A Node.js Readable stream.
   */
  readable;
  /**
   * OutgoingHandler is an async function triggered by BufferScheduler when there
   * are available buffers in outgoing array.
   */
  outgoingHandler;
  /**
   * An internal event emitter.
   */
  emitter = new EventEmitter2();
  /**
   * Concurrency of executing outgoingHandlers. (0 lesser than concurrency lesser than or equal to maxBuffers)
   */
  concurrency;
  /**
   * An internal offset marker to track data offset in bytes of next outgoingHandler.
   */
  offset = 0;
  /**
   * An internal marker to track whether stream is end.
   */
  isStreamEnd = false;
  /**
   * An internal marker to track whether stream or outgoingHandler returns error.
   */
  isError = false;
  /**
   * How many handlers are executing.
   */
  executingOutgoingHandlers = 0;
  /**
   * Encoding of the input Readable stream which has string data type instead of Buffer.
   */
  encoding;
  /**
   * How many buffers have been allocated.
   */
  numBuffers = 0;
  /**
   * Because this class doesn't know how much data every time stream pops, which
   * is defined by highWaterMarker of the stream. So BufferScheduler will cache
   * data received from the stream, when data in unresolvedDataArray exceeds the
   * blockSize defined, it will try to concat a blockSize of buffer, fill into available
   * buffers from incoming and push to outgoing array.
   */
  unresolvedDataArray = [];
  /**
   * How much data consisted in unresolvedDataArray.
   */
  unresolvedLength = 0;
  /**
   * The array includes all the available buffers can be used to fill data from stream.
   */
  incoming = [];
  /**
   * The array (queue) includes all the buffers filled from stream data.
   */
  outgoing = [];
  /**
   * Creates an instance of BufferScheduler.
   *
   * @param readable - A Node.js Readable stream
   * @param bufferSize - Buffer size of every maintained buffer
   * @param maxBuffers - How many buffers can be allocated
   * @param outgoingHandler - An async function scheduled to be
   *                                          triggered when a buffer fully filled
   *                                          with stream data
   * @param concurrency - Concurrency of executing outgoingHandlers (greater than 0)
   * @param encoding - [Optional] Encoding of Readable stream when it's a string stream
   */
  constructor(readable, bufferSize, maxBuffers, outgoingHandler, concurrency, encoding) {
    if (bufferSize <= 0) {
      throw new RangeError(`bufferSize must be larger than 0, current is ${bufferSize}`);
    }
    if (maxBuffers <= 0) {
      throw new RangeError(`maxBuffers must be larger than 0, current is ${maxBuffers}`);
    }
    if (concurrency <= 0) {
      throw new RangeError(`concurrency must be larger than 0, current is ${concurrency}`);
    }
    this.bufferSize = bufferSize;
    this.maxBuffers = maxBuffers;
    this.readable = readable;
    this.outgoingHandler = outgoingHandler;
    this.concurrency = concurrency;
    this.encoding = encoding;
  }
  /**
   * Start the scheduler, will return error when stream of any of the outgoingHandlers
   * returns error.
   *
   */
  async do() {
    return new Promise((resolve5, reject) => {
      this.readable.on("data", (data) => {
        data = typeof data === "string" ? Buffer.from(data, this.encoding) : data;
        this.appendUnresolvedData(data);
        if (!this.resolveData()) {
          this.readable.pause();
        }
      });
      this.readable.on("error", (err) => {
        this.emitter.emit("error", err);
      });
      this.readable.on("end", () => {
        this.isStreamEnd = true;
        this.emitter.emit("checkEnd");
      });
      this.emitter.on("error", (err) => {
        this.isError = true;
        this.readable.pause();
        reject(err);
      });
      this.emitter.on("checkEnd", () => {
        if (this.outgoing.length > 0) {
          this.triggerOutgoingHandlers();
          return;
        }
        if (this.isStreamEnd && this.executingOutgoingHandlers === 0) {
          if (this.unresolvedLength > 0 && this.unresolvedLength < this.bufferSize) {
            this.outgoingHandler(this.shiftBufferFromUnresolvedDataArray(), this.offset).then(resolve5).catch(reject);
          } else if (this.unresolvedLength >= this.bufferSize) {
            return;
          } else {
            resolve5();
          }
        }
      });
    });
  }
  /**
   * Insert a new data into unresolved array.
   *
   * @param data -
   */
  appendUnresolvedData(data) {
    this.unresolvedDataArray.push(data);
    this.unresolvedLength += data.length;
  }
  /**
   * Try to shift a buffer with size in blockSize. The buffer returned may be less
   * than blockSize when data in unresolvedDataArray is less than bufferSize.
   *
   */
  shiftBufferFromUnresolvedDataArray() {
    if (this.unresolvedLength >= this.bufferSize) {
      if (this.bufferSize === this.unresolvedDataArray[0].length) {
        this.unresolvedLength -= this.bufferSize;
        return this.unresolvedDataArray.shift();
      }
      let merged = Buffer.concat(this.unresolvedDataArray, this.unresolvedLength);
      const buffer = merged.slice(0, this.bufferSize);
      merged = merged.slice(this.bufferSize);
      this.unresolvedDataArray = [merged];
      this.unresolvedLength -= buffer.length;
      return buffer;
    } else if (this.unresolvedLength > 0) {
      const merged = Buffer.concat(this.unresolvedDataArray, this.unresolvedLength);
      this.unresolvedDataArray = [];
      this.unresolvedLength = 0;
      return merged;
    } else {
      return Buffer.allocUnsafe(0);
    }
  }
  /**
   * Resolve data in unresolvedDataArray. For every buffer with size in blockSize
   * shifted, it will try to get (or allocate a buffer) from incoming, and fill it,
   * then push it into outgoing to be handled by outgoing handler.
   *
   * Return false when available buffers in incoming are not enough, else true.
   *
   * @returns Return false when buffers in incoming are not enough, else true.
   */
  resolveData() {
    while (this.unresolvedLength >= this.bufferSize) {
      let buffer;
      if (this.incoming.length > 0) {
        buffer = this.incoming.shift();
      } else {
        if (this.numBuffers < this.maxBuffers) {
          buffer = Buffer.allocUnsafe(this.bufferSize);
          this.numBuffers++;
        } else {
          return false;
        }
      }
      buffer.fill(this.shiftBufferFromUnresolvedDataArray());
      this.outgoing.push(buffer);
      this.triggerOutgoingHandlers();
    }
    return true;
  }
  /**
   * Try to trigger a outgoing handler for every buffer in outgoing. Stop when
   * concurrency reaches.
   */
  async triggerOutgoingHandlers() {
    let buffer;
    do {
      if (this.executingOutgoingHandlers >= this.concurrency) {
        return;
      }
      buffer = this.outgoing.shift();
      if (buffer) {
        this.triggerOutgoingHandler(buffer);
      }
    } while (buffer);
  }
  /**
   * Trigger a outgoing handler for a buffer shifted from outgoing.
   *
   * @param buffer -
   */
  async triggerOutgoingHandler(buffer) {
    const bufferLength = buffer.length;
    this.executingOutgoingHandlers++;
    this.offset += bufferLength;
    try {
      await this.outgoingHandler(buffer, this.offset - bufferLength);
    } catch (err) {
      this.emitter.emit("error", err);
      return;
    }
    this.executingOutgoingHandlers--;
    this.reuseBuffer(buffer);
    this.emitter.emit("checkEnd");
  }
  /**
   * Return buffer used by outgoing handler into incoming.
   *
   * @param buffer -
   */
  reuseBuffer(buffer) {
    this.incoming.push(buffer);
    if (!this.isError && this.resolveData() && !this.isStreamEnd) {
      this.readable.resume();
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/utils/utils.js
import fs from "node:fs";
import util from "node:util";
async function streamToBuffer(stream, buffer, offset, end2, encoding) {
  let pos = 0;
  const count = end2 - offset;
  return new Promise((resolve5, reject) => {
    const timeout = setTimeout(() => reject(new Error(`The operation cannot be completed in timeout.`)), REQUEST_TIMEOUT);
    stream.on("readable", () => {
      if (pos >= count) {
        clearTimeout(timeout);
        resolve5();
        return;
      }
      let chunk;
      while ((chunk = stream.read()) !== null) {
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk, encoding);
        }
        const chunkLength = pos + chunk.length > count ? count - pos : chunk.length;
        buffer.fill(chunk.slice(0, chunkLength), offset + pos, offset + pos + chunkLength);
        pos += chunkLength;
        if (pos >= count) {
          clearTimeout(timeout);
          resolve5();
          return;
        }
      }
    });
    stream.on("end", () => {
      clearTimeout(timeout);
      if (pos < count) {
        reject(new Error(`Stream drains before getting enough data needed. Data read: ${pos}, data need: ${count}`));
      }
      resolve5();
    });
    stream.on("error", (msg) => {
      clearTimeout(timeout);
      reject(msg);
    });
  });
}
async function readStreamToLocalFile(rs, file) {
  return new Promise((resolve5, reject) => {
    const ws = fs.createWriteStream(file);
    rs.on("error", (err) => {
      reject(err);
    });
    ws.on("error", (err) => {
      reject(err);
    });
    ws.on("close", resolve5);
    rs.pipe(ws);
  });
}
var fsStat = util.promisify(fs.stat);
var fsCreateReadStream = fs.createReadStream;

// node_modules/@azure/storage-file-share/dist/esm/Clients.js
var ShareClient = class _ShareClient extends StorageClient2 {
  /**
   * Share operation context provided by protocol layer.
   */
  context;
  _name;
  shareClientConfig;
  /**
   * The name of the share
   */
  get name() {
    return this._name;
  }
  constructor(urlOrConnectionString, credentialOrPipelineOrShareName, options) {
    let pipeline2;
    let url2;
    if (isPipelineLike(credentialOrPipelineOrShareName)) {
      url2 = urlOrConnectionString;
      pipeline2 = credentialOrPipelineOrShareName;
    } else if (credentialOrPipelineOrShareName instanceof Credential || isTokenCredential(credentialOrPipelineOrShareName)) {
      url2 = urlOrConnectionString;
      pipeline2 = newPipeline2(credentialOrPipelineOrShareName, options);
    } else if (!credentialOrPipelineOrShareName && typeof credentialOrPipelineOrShareName !== "string") {
      url2 = urlOrConnectionString;
      pipeline2 = newPipeline2(new AnonymousCredential(), options);
    } else if (credentialOrPipelineOrShareName && typeof credentialOrPipelineOrShareName === "string") {
      const extractedCreds = extractConnectionStringParts(urlOrConnectionString);
      const name = credentialOrPipelineOrShareName;
      if (extractedCreds.kind === "AccountConnString") {
        if (isNodeLike) {
          const sharedKeyCredential = new StorageSharedKeyCredential(extractedCreds.accountName, extractedCreds.accountKey);
          url2 = appendToURLPath(extractedCreds.url, name);
          pipeline2 = newPipeline2(sharedKeyCredential, options);
        } else {
          throw new Error("Account connection string is only supported in Node.js environment");
        }
      } else if (extractedCreds.kind === "SASConnString") {
        url2 = appendToURLPath(extractedCreds.url, name) + "?" + extractedCreds.accountSas;
        pipeline2 = newPipeline2(new AnonymousCredential(), options);
      } else {
        throw new Error("Connection string must be either an Account connection string or a SAS connection string");
      }
    } else {
      throw new Error("Expecting non-empty strings for name parameter");
    }
    super(url2, pipeline2);
    this._name = getShareNameAndPathFromUrl(this.url).shareName;
    this.shareClientConfig = options;
    this.context = this.storageClientContext.share;
  }
  /**
   * Creates a new ShareClient object identical to the source but with the specified snapshot timestamp.
   * Provide "" will remove the snapshot and return a URL to the base share.
   *
   * @param snapshot - The snapshot timestamp.
   * @returns A new ShareClient object identical to the source but with the specified snapshot timestamp
   */
  withSnapshot(snapshot) {
    return new _ShareClient(setURLParameter(this.url, URLConstants.Parameters.SHARE_SNAPSHOT, snapshot.length === 0 ? void 0 : snapshot), this.pipeline, this.shareClientConfig);
  }
  /**
   * Creates a new share under the specified account. If the share with
   * the same name already exists, the operation fails.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-share
   *
   * @param options - Options to Share Create operation.
   * @returns Response data for the Share Create operation.
   */
  async create(options = {}) {
    return tracingClient.withSpan("ShareClient-create", options, async (updatedOptions) => {
      return assertResponse(await this.context.create({
        ...updatedOptions,
        ...this.shareClientConfig,
        enabledProtocols: toShareProtocolsString(updatedOptions.protocols)
      }));
    });
  }
  /**
   * Creates a new share under the specified account. If the share with
   * the same name already exists, it is not changed.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-share
   *
   * @param options -
   */
  async createIfNotExists(options = {}) {
    return tracingClient.withSpan("ShareClient-createIfNotExists", options, async (updatedOptions) => {
      try {
        const res = await this.create(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ShareAlreadyExists") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Creates a {@link ShareDirectoryClient} object.
   *
   * @param directoryName - A directory name
   * @returns The ShareDirectoryClient object for the given directory name.
   */
  // Legacy, no way to fix the eslint error without breaking. Disable the rule for this line.
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-subclients */
  getDirectoryClient(directoryName) {
    return new ShareDirectoryClient(appendToURLPath(this.url, EscapePath(directoryName)), this.pipeline, this.shareClientConfig);
  }
  /**
   * Gets the directory client for the root directory of this share.
   * Note that the root directory always exists and cannot be deleted.
   *
   * @readonly A new ShareDirectoryClient object for the root directory.
   */
  // Legacy, no way to fix the eslint error without breaking. Disable the rule for this line.
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-subclients */
  get rootDirectoryClient() {
    return this.getDirectoryClient("");
  }
  /**
   * Creates a new subdirectory under this share.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-directory
   *
   * @param directoryName -
   * @param options - Options to Directory Create operation.
   * @returns Directory creation response data and the corresponding directory client.
   */
  async createDirectory(directoryName, options = {}) {
    return tracingClient.withSpan("ShareClient-createDirectory", options, async (updatedOptions) => {
      const directoryClient2 = this.getDirectoryClient(directoryName);
      const directoryCreateResponse = await directoryClient2.create(updatedOptions);
      return {
        directoryClient: directoryClient2,
        directoryCreateResponse
      };
    });
  }
  /**
   * Removes the specified empty sub directory under this share.
   * Note that the directory must be empty before it can be deleted.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-directory
   *
   * @param directoryName -
   * @param options - Options to Directory Delete operation.
   * @returns Directory deletion response data.
   */
  async deleteDirectory(directoryName, options = {}) {
    return tracingClient.withSpan("ShareClient-deleteDirectory", options, async (updatedOptions) => {
      const directoryClient2 = this.getDirectoryClient(directoryName);
      return directoryClient2.delete(updatedOptions);
    });
  }
  /**
   * Creates a new file or replaces a file under the root directory of this share.
   * Note it only initializes the file with no content.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-file
   *
   * @param fileName -
   * @param size - Specifies the maximum size in bytes for the file, up to 4 TB.
   * @param options - Options to File Create operation.
   * @returns File creation response data and the corresponding file client.
   */
  async createFile(fileName, size, options = {}) {
    return tracingClient.withSpan("ShareClient-createFile", options, async (updatedOptions) => {
      const directoryClient2 = this.rootDirectoryClient;
      const fileClient2 = directoryClient2.getFileClient(fileName);
      const fileCreateResponse = await fileClient2.create(size, updatedOptions);
      return {
        fileClient: fileClient2,
        fileCreateResponse
      };
    });
  }
  /**
   * Removes a file under the root directory of this share from the storage account.
   * When a file is successfully deleted, it is immediately removed from the storage
   * account's index and is no longer accessible to clients. The file's data is later
   * removed from the service during garbage collection.
   *
   * Delete File will fail with status code 409 (Conflict) and error code `SharingViolation`
   * if the file is open on an SMB client.
   *
   * Delete File is not supported on a share snapshot, which is a read-only copy of
   * a share. An attempt to perform this operation on a share snapshot will fail with 400
   * (`InvalidQueryParameterValue`)
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-file2
   *
   * @param directoryName -
   * @param fileName -
   * @param options - Options to File Delete operation.
   * @returns Promise<FileDeleteResponse> File Delete response data.
   */
  async deleteFile(fileName, options = {}) {
    return tracingClient.withSpan("ShareClient-deleteFile", options, async (updatedOptions) => {
      const directoryClient2 = this.rootDirectoryClient;
      const fileClient2 = directoryClient2.getFileClient(fileName);
      return fileClient2.delete(updatedOptions);
    });
  }
  /**
   * Returns true if the Azrue share resource represented by this client exists; false otherwise.
   *
   * NOTE: use this function with care since an existing share might be deleted by other clients or
   * applications. Vice versa new shares might be added by other clients or applications after this
   * function completes.
   *
   * @param options - options to Exists operation.
   */
  async exists(options = {}) {
    return tracingClient.withSpan("ShareClient-exists", options, async (updatedOptions) => {
      try {
        await this.getProperties(updatedOptions);
        return true;
      } catch (e) {
        if (e.statusCode === 404) {
          return false;
        }
        throw e;
      }
    });
  }
  /**
   * Returns all user-defined metadata and system properties for the specified
   * share.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-share-properties
   *
   * WARNING: The `metadata` object returned in the response will have its keys in lowercase, even if
   * they originally contained uppercase characters. This differs from the metadata keys returned by
   * the `listShares` method of {@link ShareServiceClient} using the `includeMetadata` option, which
   * will retain their original casing.
   *
   * @returns Response data for the Share Get Properties operation.
   */
  async getProperties(options = {}) {
    return tracingClient.withSpan("ShareClient-getProperties", options, async (updatedOptions) => {
      const res = assertResponse(await this.context.getProperties(updatedOptions));
      return {
        ...res,
        ...this.shareClientConfig,
        protocols: toShareProtocols(res.enabledProtocols)
      };
    });
  }
  /**
   * Marks the specified share for deletion. The share and any directories or files
   * contained within it are later deleted during garbage collection.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-share
   *
   * @param options - Options to Share Delete operation.
   * @returns Response data for the Share Delete operation.
   */
  async delete(options = {}) {
    return tracingClient.withSpan("ShareClient-delete", options, async (updatedOptions) => {
      return assertResponse(await this.context.delete({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Marks the specified share for deletion if it exists. The share and any directories or files
   * contained within it are later deleted during garbage collection.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-share
   *
   * @param options -
   */
  async deleteIfExists(options = {}) {
    return tracingClient.withSpan("ShareClient-deleteIfExists", options, async (updatedOptions) => {
      try {
        const res = await this.delete(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ShareNotFound" || e.details?.errorCode === "ShareSnapshotNotFound") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Sets one or more user-defined name-value pairs for the specified share.
   *
   * If no option provided, or no metadata defined in the option parameter, the share
   * metadata will be removed.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-share-metadata
   *
   * @param metadata - If no metadata provided, all existing directory metadata will be removed.
   * @param option - Options to Share Set Metadata operation.
   * @returns Response data for the Share Set Metadata operation.
   */
  async setMetadata(metadata2, options = {}) {
    return tracingClient.withSpan("ShareClient-setMetadata", options, async (updatedOptions) => {
      return assertResponse(await this.context.setMetadata({
        ...updatedOptions,
        ...this.shareClientConfig,
        metadata: metadata2
      }));
    });
  }
  /**
   * Gets the permissions for the specified share. The permissions indicate
   * whether share data may be accessed publicly.
   *
   * WARNING: JavaScript Date will potential lost precision when parsing start and expiry string.
   * For example, new Date("2018-12-31T03:44:23.8827891Z").toISOString() will get "2018-12-31T03:44:23.882Z".
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/get-share-acl
   *
   * @param option - Options to Share Get Access Policy operation.
   * @returns Response data for the Share Get Access Policy operation.
   */
  async getAccessPolicy(options = {}) {
    return tracingClient.withSpan("ShareClient-getAccessPolicy", options, async (updatedOptions) => {
      const response = assertResponse(await this.context.getAccessPolicy({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
      const res = {
        _response: response._response,
        date: response.date,
        etag: response.etag,
        lastModified: response.lastModified,
        requestId: response.requestId,
        signedIdentifiers: [],
        version: response.version
      };
      for (const identifier of response) {
        let accessPolicy = void 0;
        if (identifier.accessPolicy) {
          accessPolicy = {
            permissions: identifier.accessPolicy.permissions
          };
          if (identifier.accessPolicy.expiresOn) {
            accessPolicy.expiresOn = new Date(identifier.accessPolicy.expiresOn);
          }
          if (identifier.accessPolicy.startsOn) {
            accessPolicy.startsOn = new Date(identifier.accessPolicy.startsOn);
          }
        }
        res.signedIdentifiers.push({
          accessPolicy,
          id: identifier.id
        });
      }
      return res;
    });
  }
  /**
   * Sets the permissions for the specified share. The permissions indicate
   * whether directories or files in a share may be accessed publicly.
   *
   * When you set permissions for a share, the existing permissions are replaced.
   * If no shareAcl provided, the existing share ACL will be
   * removed.
   *
   * When you establish a stored access policy on a share, it may take up to 30 seconds to take effect.
   * During this interval, a shared access signature that is associated with the stored access policy will
   * fail with status code 403 (Forbidden), until the access policy becomes active.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-share-acl
   *
   * @param shareAcl - Array of signed identifiers, each having a unique Id and details of access policy.
   * @param option - Options to Share Set Access Policy operation.
   * @returns Response data for the Share Set Access Policy operation.
   */
  async setAccessPolicy(shareAcl2, options = {}) {
    return tracingClient.withSpan("ShareClient-setAccessPolicy", options, async (updatedOptions) => {
      const acl = [];
      for (const identifier of shareAcl2 || []) {
        acl.push({
          accessPolicy: {
            expiresOn: identifier.accessPolicy?.expiresOn ? truncatedISO8061Date(identifier.accessPolicy.expiresOn) : void 0,
            permissions: identifier.accessPolicy?.permissions,
            startsOn: identifier.accessPolicy?.startsOn ? truncatedISO8061Date(identifier.accessPolicy.startsOn) : void 0
          },
          id: identifier.id
        });
      }
      return assertResponse(await this.context.setAccessPolicy({
        ...updatedOptions,
        ...this.shareClientConfig,
        shareAcl: acl
      }));
    });
  }
  /**
   * Creates a read-only snapshot of a share.
   *
   * @param options - Options to Share Create Snapshot operation.
   * @returns Response data for the Share Create Snapshot operation.
   */
  async createSnapshot(options = {}) {
    return tracingClient.withSpan("ShareClient-createSnapshot", options, async (updatedOptions) => {
      return assertResponse(await this.context.createSnapshot({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Sets quota for the specified share.
   *
   * @deprecated Use {@link ShareClient.setProperties} instead.
   *
   * @param quotaInGB - Specifies the maximum size of the share in gigabytes
   * @param option - Options to Share Set Quota operation.
   * @returns Response data for the Share Get Quota operation.
   */
  async setQuota(quotaInGB, options = {}) {
    return tracingClient.withSpan("ShareClient-setQuota", options, async (updatedOptions) => {
      return assertResponse(await this.context.setProperties({
        ...updatedOptions,
        ...this.shareClientConfig,
        quota: quotaInGB
      }));
    });
  }
  /**
   * Sets properties of the share.
   *
   * @param option - Options to Share Set Properties operation.
   * @returns Response data for the Share Set Properties operation.
   */
  async setProperties(options = {}) {
    return tracingClient.withSpan("ShareClient-setProperties", options, async (updatedOptions) => {
      return assertResponse(await this.context.setProperties({
        ...options,
        ...this.shareClientConfig,
        quota: options.quotaInGB,
        tracingOptions: updatedOptions.tracingOptions
      }));
    });
  }
  /**
   * Retrieves statistics related to the share.
   *
   * @param option - Options to Share Get Statistics operation.
   * @returns Response data for the Share Get Statistics operation.
   */
  async getStatistics(options = {}) {
    return tracingClient.withSpan("ShareClient-getStatistics", options, async (updatedOptions) => {
      const response = assertResponse(await this.context.getStatistics({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
      const GBBytes = 1024 * 1024 * 1024;
      return { ...response, shareUsage: Math.ceil(response.shareUsageBytes / GBBytes) };
    });
  }
  /**
   * Creates a file permission (a security descriptor) at the share level.
   * The created security descriptor can be used for the files/directories in the share.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-permission
   *
   * @param options - Options to Share Create Permission operation.
   * @param filePermission - File permission described in the SDDL
   */
  async createPermission(filePermission2, options = {}) {
    return tracingClient.withSpan("ShareClient-createPermission", options, async (updatedOptions) => {
      return assertResponse(await this.context.createPermission(asSharePermission(filePermission2), {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Gets the Security Descriptor Definition Language (SDDL) for a given file permission key
   * which indicates a security descriptor.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-permission
   *
   * @param options - Options to Share Create Permission operation.
   * @param filePermissionKey - File permission key which indicates the security descriptor of the permission.
   */
  async getPermission(filePermissionKey2, options = {}) {
    return tracingClient.withSpan("ShareClient-getPermission", options, async (updatedOptions) => {
      return assertResponse(await this.context.getPermission(filePermissionKey2, {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Get a {@link ShareLeaseClient} that manages leases on the file.
   *
   * @param proposeLeaseId - Initial proposed lease Id.
   * @returns A new ShareLeaseClient object for managing leases on the file.
   */
  getShareLeaseClient(proposeLeaseId) {
    return new ShareLeaseClient(this, proposeLeaseId);
  }
  /**
   * Only available for ShareClient constructed with a shared key credential.
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateSasUrl(options) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
    }
    const sas = generateFileSASQueryParameters({
      shareName: this.name,
      ...options
    }, this.credential).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   * Only available for ShareClient constructed with a shared key credential.
   *
   * Generates string to sign for a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-options*/
  generateSasStringToSign(options) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
    }
    return generateFileSASQueryParametersInternal({
      shareName: this.name,
      ...options
    }, this.credential).stringToSign;
  }
  /**
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the user delegation key credential input.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @param userDelegationKey - user delegation key used to sign the SAS URI
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateUserDelegationSasUrl(options, userDelegationKey) {
    const sas = generateFileSASQueryParameters({
      shareName: this.name,
      ...options
    }, userDelegationKey, this.accountName).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the user delegation key credential input.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @param userDelegationKey - user delegation key used to sign the SAS URI
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateUserDelegationStringToSign(options, userDelegationKey) {
    return generateFileSASQueryParametersInternal({
      shareName: this.name,
      ...options
    }, userDelegationKey, this.accountName).stringToSign;
  }
};
var ShareDirectoryClient = class _ShareDirectoryClient extends StorageClient2 {
  /**
   * context provided by protocol layer.
   */
  context;
  _shareName;
  _path;
  _name;
  shareClientConfig;
  /**
   * The share name corresponding to this directory client
   */
  get shareName() {
    return this._shareName;
  }
  /**
   * The full path of the directory
   */
  get path() {
    return this._path;
  }
  /**
   * The name of the directory
   */
  get name() {
    return this._name;
  }
  constructor(url2, credentialOrPipeline, options = {}) {
    let pipeline2;
    if (isPipelineLike(credentialOrPipeline)) {
      pipeline2 = credentialOrPipeline;
    } else if (credentialOrPipeline instanceof Credential || isTokenCredential(credentialOrPipeline)) {
      pipeline2 = newPipeline2(credentialOrPipeline, options);
    } else {
      pipeline2 = newPipeline2(new AnonymousCredential(), options);
    }
    super(url2, pipeline2);
    ({
      baseName: this._name,
      shareName: this._shareName,
      path: this._path
    } = getShareNameAndPathFromUrl(this.url));
    this.shareClientConfig = options;
    this.context = this.storageClientContext.directory;
  }
  /**
   * Creates a new directory under the specified share or parent directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-directory
   *
   * @param options - Options to Directory Create operation.
   * @returns Response data for the Directory  operation.
   */
  async create(options = {}) {
    if (!options.fileAttributes) {
      options = validateAndSetDefaultsForFileAndDirectoryCreateCommonOptions(options);
    }
    return tracingClient.withSpan("ShareDirectoryClient-create", options, async (updatedOptions) => {
      const rawResponse = await this.context.create({
        ...updatedOptions,
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      const wrappedRes = {
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          fileType: rawResponse.nfsFileType,
          owner: rawResponse.owner,
          group: rawResponse.group
        }
      };
      return assertResponse(wrappedRes);
    });
  }
  /**
   * Creates a new directory under the specified share or parent directory if it does not already exists.
   * If the directory already exists, it is not modified.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-directory
   *
   * @param options -
   */
  async createIfNotExists(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-createIfNotExists", options, async (updatedOptions) => {
      try {
        const res = await this.create(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ResourceAlreadyExists") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Sets properties on the directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-directory-properties
   *
   * @param DirectoryProperties - Directory properties. If no values are provided,
   *                                            existing values will be preserved.
   */
  async setProperties(properties2 = {}) {
    properties2 = validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(properties2);
    return tracingClient.withSpan("ShareDirectoryClient-setProperties", properties2, async (updatedOptions) => {
      const rawResponse = await this.context.setProperties({
        ...updatedOptions,
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group
        }
      });
    });
  }
  /**
   * Creates a ShareDirectoryClient object for a sub directory.
   *
   * @param subDirectoryName - A subdirectory name
   * @returns The ShareDirectoryClient object for the given subdirectory name.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleGetDirectoryClient
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const shareClient = serviceClient.getShareClient(shareName);
   * const directoryClient = shareClient.getDirectoryClient(directoryName);
   * await directoryClient.create();
   * ```
   */
  getDirectoryClient(subDirectoryName) {
    return new _ShareDirectoryClient(appendToURLPath(this.url, EscapePath(subDirectoryName)), this.pipeline, this.shareClientConfig);
  }
  /**
   * Creates a new subdirectory under this directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-directory
   *
   * @param directoryName -
   * @param options - Options to Directory Create operation.
   * @returns Directory create response data and the corresponding DirectoryClient instance.
   */
  async createSubdirectory(directoryName, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-createSubdirectory", options, async (updatedOptions) => {
      const directoryClient2 = this.getDirectoryClient(directoryName);
      const directoryCreateResponse = await directoryClient2.create(updatedOptions);
      return {
        directoryClient: directoryClient2,
        directoryCreateResponse
      };
    });
  }
  /**
   * Removes the specified empty sub directory under this directory.
   * Note that the directory must be empty before it can be deleted.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-directory
   *
   * @param directoryName -
   * @param options - Options to Directory Delete operation.
   * @returns Directory deletion response data.
   */
  async deleteSubdirectory(directoryName, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-deleteSubdirectory", options, async (updatedOptions) => {
      const directoryClient2 = this.getDirectoryClient(directoryName);
      return directoryClient2.delete(updatedOptions);
    });
  }
  /**
   * Creates a new file or replaces a file under this directory. Note it only initializes the file with no content.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-file
   *
   * @param fileName -
   * @param size - Specifies the maximum size in bytes for the file, up to 4 TB.
   * @param options - Options to File Create operation.
   * @returns File creation response data and the corresponding file client.
   */
  async createFile(fileName, size, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-createFile", options, async (updatedOptions) => {
      const fileClient2 = this.getFileClient(fileName);
      const fileCreateResponse = await fileClient2.create(size, updatedOptions);
      return {
        fileClient: fileClient2,
        fileCreateResponse
      };
    });
  }
  /**
   * Removes the specified file under this directory from the storage account.
   * When a file is successfully deleted, it is immediately removed from the storage
   * account's index and is no longer accessible to clients. The file's data is later
   * removed from the service during garbage collection.
   *
   * Delete File will fail with status code 409 (Conflict) and error code SharingViolation
   * if the file is open on an SMB client.
   *
   * Delete File is not supported on a share snapshot, which is a read-only copy of
   * a share. An attempt to perform this operation on a share snapshot will fail with 400 (InvalidQueryParameterValue)
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-file2
   *
   * @param fileName - Name of the file to delete
   * @param options - Options to File Delete operation.
   * @returns File deletion response data.
   */
  async deleteFile(fileName, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-deleteFile", options, async (updatedOptions) => {
      const fileClient2 = this.getFileClient(fileName);
      return fileClient2.delete(updatedOptions);
    });
  }
  /**
   * Creates a {@link ShareFileClient} object.
   *
   * @param fileName - A file name.
   * @returns A new ShareFileClient object for the given file name.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleCreateFileAndUpload
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * const content = "Hello World!";
   * const fileName = `newdirectory${+new Date()}`;
   * const fileClient = directoryClient.getFileClient(fileName);
   * await fileClient.create(content.length);
   * console.log(`Create file ${fileName} successfully`);
   *
   * // Upload file range
   * await fileClient.uploadRange(content, 0, content.length);
   * console.log(`Upload file range "${content}" to ${fileName} successfully`);
   * ```
   */
  // Legacy, no way to fix the eslint error without breaking. Disable the rule for this line.
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-subclients */
  getFileClient(fileName) {
    return new ShareFileClient(appendToURLPath(this.url, EscapePath(fileName)), this.pipeline, this.shareClientConfig);
  }
  /**
   * Returns true if the specified directory exists; false otherwise.
   *
   * NOTE: use this function with care since an existing directory might be deleted by other clients or
   * applications. Vice versa new directories might be added by other clients or applications after this
   * function completes.
   *
   * @param options - options to Exists operation.
   */
  async exists(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-exists", options, async (updatedOptions) => {
      try {
        await this.getProperties({ ...updatedOptions, ...this.shareClientConfig });
        return true;
      } catch (e) {
        if (e.statusCode === 404) {
          return false;
        }
        throw e;
      }
    });
  }
  /**
   * Returns all system properties for the specified directory, and can also be used to check the
   * existence of a directory. The data returned does not include the files in the directory or any
   * subdirectories.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-directory-properties
   *
   * @param options - Options to Directory Get Properties operation.
   * @returns Response data for the Directory Get Properties operation.
   */
  async getProperties(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-getProperties", options, async (updatedOptions) => {
      const rawResponse = await this.context.getProperties({
        ...updatedOptions,
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          fileType: rawResponse.nfsFileType
        }
      });
    });
  }
  /**
   * Removes the specified empty directory. Note that the directory must be empty before it can be
   * deleted.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-directory
   *
   * @param options - Options to Directory Delete operation.
   * @returns Response data for the Directory Delete operation.
   */
  async delete(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-delete", options, async (updatedOptions) => {
      return assertResponse(await this.context.delete({ ...updatedOptions, ...this.shareClientConfig }));
    });
  }
  /**
   * Removes the specified empty directory if it exists. Note that the directory must be empty before it can be
   * deleted.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-directory
   *
   * @param options -
   */
  async deleteIfExists(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-deleteIfExists", options, async (updatedOptions) => {
      try {
        const res = await this.delete(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ResourceNotFound" || e.details?.errorCode === "ParentNotFound") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Updates user defined metadata for the specified directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-directory-metadata
   *
   * @param metadata - If no metadata provided, all existing directory metadata will be removed
   * @param options - Options to Directory Set Metadata operation.
   * @returns Response data for the Directory Set Metadata operation.
   */
  async setMetadata(metadata2, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-setMetadata", options, async (updatedOptions) => {
      return assertResponse(await this.context.setMetadata({
        ...updatedOptions,
        metadata: metadata2,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Returns an AsyncIterableIterator for {@link DirectoryListFilesAndDirectoriesSegmentResponse} objects
   *
   * @param marker - A string value that identifies the portion of
   *                          the list of files and directories to be returned with the next listing operation. The
   *                          operation returns the ContinuationToken value within the response body if the
   *                          listing operation did not return all files and directories remaining to be listed
   *                          with the current page. The ContinuationToken value can be used as the value for
   *                          the marker parameter in a subsequent call to request the next page of list
   *                          items. The marker value is opaque to the client.
   * @param options - Options to list files and directories operation.
   */
  async *iterateFilesAndDirectoriesSegments(marker2, options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    let listFilesAndDirectoriesResponse;
    do {
      listFilesAndDirectoriesResponse = await this.listFilesAndDirectoriesSegment(marker2, options);
      marker2 = listFilesAndDirectoriesResponse.continuationToken;
      yield await listFilesAndDirectoriesResponse;
    } while (marker2);
  }
  /**
   * Returns an AsyncIterableIterator for file and directory items
   *
   * @param options - Options to list files and directories operation.
   */
  async *listFilesAndDirectoriesItems(options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    let marker2;
    for await (const listFilesAndDirectoriesResponse of this.iterateFilesAndDirectoriesSegments(marker2, options)) {
      for (const file of listFilesAndDirectoriesResponse.segment.fileItems) {
        yield { kind: "file", ...file };
      }
      for (const directory of listFilesAndDirectoriesResponse.segment.directoryItems) {
        yield { kind: "directory", ...directory };
      }
    }
  }
  /**
   * Returns an async iterable iterator to list all the files and directories
   * under the specified account.
   *
   * .byPage() returns an async iterable iterator to list the files and directories in pages.
   *
   * Example using `for await` syntax:
   *
   * ```ts snippet:ReadmeSampleListFilesAndDirectories
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let i = 1;
   * for await (const item of directoryClient.listFilesAndDirectories()) {
   *   if (item.kind === "directory") {
   *     console.log(`${i} - directory\t: ${item.name}`);
   *   } else {
   *     console.log(`${i} - file\t: ${item.name}`);
   *   }
   *   i++;
   * }
   * ```
   *
   * Example using `iter.next()`:
   *
   * ```ts snippet:ReadmeSampleListFilesAndDirectories_Iterator
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let i = 1;
   * const iter = directoryClient.listFilesAndDirectories();
   * let { value, done } = await iter.next();
   * while (!done) {
   *   if (value.kind === "directory") {
   *     console.log(`${i} - directory\t: ${value.name}`);
   *   } else {
   *     console.log(`${i} - file\t: ${value.name}`);
   *   }
   *   ({ value, done } = await iter.next());
   *   i++;
   * }
   * ```
   *
   * Example using `byPage()`:
   *
   * ```ts snippet:ReadmeSampleListFilesAndDirectories_ByPage
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let i = 1;
   * for await (const response of directoryClient
   *   .listFilesAndDirectories()
   *   .byPage({ maxPageSize: 20 })) {
   *   console.log(`Page ${i++}:`);
   *   for (const item of response.segment.directoryItems) {
   *     console.log(`\tdirectory: ${item.name}`);
   *   }
   *   for (const item of response.segment.fileItems) {
   *     console.log(`\tfile: ${item.name}`);
   *   }
   * }
   * ```
   *
   * Example using paging with a marker:
   *
   * ```ts snippet:ReadmeSampleListFilesAndDirectories_Continuation
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let iterator = directoryClient.listFilesAndDirectories().byPage({ maxPageSize: 2 });
   * let response = (await iterator.next()).value;
   *
   * for await (const item of response.segment.directoryItems) {
   *   console.log(`\tdirectory: ${item.name}`);
   * }
   *
   * for await (const item of response.segment.fileItems) {
   *   console.log(`\tfile: ${item.name}`);
   * }
   *
   * // Gets next marker
   * let marker = response.continuationToken;
   *
   * // Passing next marker as continuationToken
   * iterator = directoryClient
   *   .listFilesAndDirectories()
   *   .byPage({ continuationToken: marker, maxPageSize: 10 });
   * response = (await iterator.next()).value;
   *
   * for await (const item of response.segment.directoryItems) {
   *   console.log(`\tdirectory: ${item.name}`);
   * }
   *
   * for await (const item of response.segment.fileItems) {
   *   console.log(`\tfile: ${item.name}`);
   * }
   * ```
   *
   * @param options - Options to list files and directories operation.
   * @returns An asyncIterableIterator that supports paging.
   */
  listFilesAndDirectories(options = {}) {
    const include2 = [];
    if (options.includeTimestamps) {
      include2.push("Timestamps");
    }
    if (options.includeEtag) {
      include2.push("Etag");
    }
    if (options.includeAttributes) {
      include2.push("Attributes");
    }
    if (options.includePermissionKey) {
      include2.push("PermissionKey");
    }
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    const updatedOptions = {
      ...options,
      ...include2.length > 0 ? { include: include2 } : {}
    };
    const iter = this.listFilesAndDirectoriesItems(updatedOptions);
    return {
      /**
       * The next method, part of the iteration protocol
       */
      async next() {
        return iter.next();
      },
      /**
       * The connection to the async iterator, part of the iteration protocol
       */
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * Return an AsyncIterableIterator that works a page at a time
       */
      byPage: (settings = {}) => {
        return this.iterateFilesAndDirectoriesSegments(removeEmptyString(settings.continuationToken), {
          maxResults: settings.maxPageSize,
          ...updatedOptions
        });
      }
    };
  }
  /**
   * Returns a list of files or directories under the specified share or directory. It lists the
   * contents only for a single level of the directory hierarchy.
   * @see https://learn.microsoft.com/rest/api/storageservices/list-directories-and-files
   *
   * @param marker - A string value that identifies the portion of the list to be returned with the next list operation.
   * @param options - Options to Directory List Files and Directories Segment operation.
   * @returns Response data for the Directory List Files and Directories operation.
   */
  async listFilesAndDirectoriesSegment(marker2, options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    return tracingClient.withSpan("ShareDirectoryClient-listFilesAndDirectoriesSegment", options, async (updatedOptions) => {
      const rawResponse = assertResponse(await this.context.listFilesAndDirectoriesSegment({
        ...updatedOptions,
        marker: marker2,
        ...this.shareClientConfig
      }));
      const wrappedResponse = {
        ...ConvertInternalResponseOfListFiles(rawResponse),
        _response: {
          ...rawResponse._response,
          parsedBody: ConvertInternalResponseOfListFiles(rawResponse._response.parsedBody)
        }
        // _response is made non-enumerable
      };
      return wrappedResponse;
    });
  }
  /**
   * Returns an AsyncIterableIterator for {@link DirectoryListHandlesResponse}
   *
   * @param marker - A string value that identifies the portion of the list to be
   *                          returned with the next list handles operation. The operation returns a
   *                          marker value within the response body if the list returned was not complete.
   *                          The marker value may then be used in a subsequent call to request the next
   *                          set of list items.
   * @param options - Options to list handles operation.
   */
  async *iterateHandleSegments(marker2, options = {}) {
    let listHandlesResponse;
    if (!!marker2 || marker2 === void 0) {
      do {
        listHandlesResponse = await this.listHandlesSegment(marker2, options);
        marker2 = listHandlesResponse.continuationToken;
        yield await listHandlesResponse;
      } while (marker2);
    }
  }
  /**
   * Returns an AsyncIterableIterator for handles
   *
   * @param options - Options to list handles operation.
   */
  async *listHandleItems(options = {}) {
    let marker2;
    for await (const listHandlesResponse of this.iterateHandleSegments(marker2, options)) {
      if (listHandlesResponse.handleList) {
        for (const handle of listHandlesResponse.handleList) {
          yield handle;
        }
      }
    }
  }
  /**
   * Returns an async iterable iterator to list all the handles.
   * under the specified account.
   *
   * .byPage() returns an async iterable iterator to list the handles in pages.
   *
   * Example using `for await` syntax:
   *
   * ```ts snippet:ReadmeSampleListHandles
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * for await (const handle of directoryClient.listHandles()) {
   *   console.log(`Handle: ${handle.handleId}`);
   * }
   * ```
   *
   * Example using `iter.next()`:
   *
   * ```ts snippet:ReadmeSampleListHandles_Iterator
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * const handleIter = directoryClient.listHandles();
   * let { value, done } = await handleIter.next();
   * while (!done) {
   *   console.log(`Handle: ${value.handleId}`);
   *   ({ value, done } = await handleIter.next());
   * }
   * ```
   *
   * Example using `byPage()`:
   *
   * ```ts snippet:ReadmeSampleListHandles_ByPage
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let i = 1;
   * for await (const response of directoryClient.listHandles().byPage({ maxPageSize: 20 })) {
   *   console.log(`Page ${i++}:`);
   *   for (const handle of response.handleList || []) {
   *     console.log(`\thandle: ${handle.handleId}`);
   *   }
   * }
   * ```
   *
   * Example using paging with a marker:
   *
   * ```ts snippet:ReadmeSampleListHandles_Continuation
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let iterator = directoryClient.listHandles().byPage({ maxPageSize: 2 });
   * let response = (await iterator.next()).value;
   *
   * for await (const handle of response.handleList || []) {
   *   console.log(`\thandle: ${handle.handleId}`);
   * }
   *
   * // Gets next marker
   * let marker = response.continuationToken;
   *
   * // Passing next marker as continuationToken
   * iterator = directoryClient.listHandles().byPage({ continuationToken: marker, maxPageSize: 10 });
   * response = (await iterator.next()).value;
   *
   * for await (const handle of response.handleList || []) {
   *   console.log(`\thandle: ${handle.handleId}`);
   * }
   * ```
   *
   * @param options - Options to list handles operation.
   *
   * An asyncIterableIterator that supports paging.
   */
  listHandles(options = {}) {
    const iter = this.listHandleItems(options);
    return {
      /**
       * The next method, part of the iteration protocol
       */
      async next() {
        return iter.next();
      },
      /**
       * The connection to the async iterator, part of the iteration protocol
       */
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * Return an AsyncIterableIterator that works a page at a time
       */
      byPage: (settings = {}) => {
        return this.iterateHandleSegments(removeEmptyString(settings.continuationToken), {
          maxResults: settings.maxPageSize,
          ...options
        });
      }
    };
  }
  /**
   * Lists handles for a directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/list-handles
   *
   * @param marker - Optional. A string value that identifies the portion of the list to be
   *                          returned with the next list handles operation. The operation returns a
   *                          marker value within the response body if the list returned was not complete.
   *                          The marker value may then be used in a subsequent call to request the next
   *                          set of list items.
   * @param options -
   */
  async listHandlesSegment(marker2, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-listHandlesSegment", options, async (updatedOptions) => {
      marker2 = marker2 === "" ? void 0 : marker2;
      const response = assertResponse(await this.context.listHandles({
        ...updatedOptions,
        marker: marker2,
        ...this.shareClientConfig
      }));
      if (response.handleList === "") {
        response.handleList = void 0;
      }
      const wrappedResponse = {
        ...ConvertInternalResponseOfListHandles(response),
        _response: {
          ...response._response,
          parsedBody: ConvertInternalResponseOfListHandles(response._response.parsedBody)
        }
      };
      return wrappedResponse;
    });
  }
  /**
   * Force close all handles for a directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param marker - Optional. A string value that identifies the position of handles that will
   *                          be closed with the next force close handles operation.
   *                          The operation returns a marker value within the response
   *                          body if there are more handles to close. The marker value
   *                          may then be used in a subsequent call to close the next set of handles.
   * @param options -
   */
  async forceCloseHandlesSegment(marker2, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-forceCloseHandlesSegment", options, async (updatedOptions) => {
      if (marker2 === "") {
        marker2 = void 0;
      }
      const rawResponse = assertResponse(await this.context.forceCloseHandles("*", {
        ...updatedOptions,
        marker: marker2,
        ...this.shareClientConfig
      }));
      return {
        ...rawResponse,
        closedHandlesCount: rawResponse.numberOfHandlesClosed ?? 0,
        closeFailureCount: rawResponse.numberOfHandlesFailedToClose ?? 0
      };
    });
  }
  /**
   * Force close all handles for a directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param options -
   */
  async forceCloseAllHandles(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-forceCloseAllHandles", options, async (updatedOptions) => {
      let handlesClosed = 0;
      let numberOfHandlesFailedToClose = 0;
      let marker2 = "";
      do {
        const response = await this.forceCloseHandlesSegment(marker2, updatedOptions);
        marker2 = response.marker;
        if (response.closedHandlesCount) {
          handlesClosed += response.closedHandlesCount;
        }
        if (response.closeFailureCount) {
          numberOfHandlesFailedToClose += response.closeFailureCount;
        }
      } while (marker2);
      return {
        closedHandlesCount: handlesClosed,
        closeFailureCount: numberOfHandlesFailedToClose
      };
    });
  }
  /**
   * Force close a specific handle for a directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param aborter - Create a new Aborter instance with Aborter.none or Aborter.timeout(),
   *                          goto documents of Aborter for more examples about request cancellation
   * @param handleId - Specific handle ID, cannot be asterisk "*".
   *                          Use forceCloseHandlesSegment() to close all handles.
   * @param options -
   */
  async forceCloseHandle(handleId2, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-forceCloseHandle", options, async (updatedOptions) => {
      if (handleId2 === "*") {
        throw new RangeError(`Parameter handleID should be a specified handle ID. Use forceCloseHandlesSegment() to close all handles.`);
      }
      const rawResponse = await this.context.forceCloseHandles(handleId2, {
        ...updatedOptions,
        ...this.shareClientConfig
      });
      const response = rawResponse;
      response.closedHandlesCount = rawResponse.numberOfHandlesClosed || 0;
      response.closeFailureCount = rawResponse.numberOfHandlesFailedToClose || 0;
      return response;
    });
  }
  /**
   * Renames a directory.
   * This API only supports renaming a directory in the same share.
   *
   * @param destinationPath - Specifies the destination path to rename to. The path will be encoded to put into a URL to specify the destination.
   * @param options - Options for the renaming operation.
   * @returns Response data for the file renaming operation.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleRenameDirectory
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const destinationPath = "<destination path>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * await directoryClient.rename(destinationPath);
   * ```
   */
  async rename(destinationPath, options = {}) {
    const split = destinationPath.split("?");
    let destinationUrl;
    if (split.length === 2) {
      const pathOnly = EscapePath(split[0]);
      const renameDestination = `/${this.shareName}/${pathOnly}`;
      destinationUrl = setURLPath(this.url, renameDestination);
      destinationUrl = setURLQueries(destinationUrl, split[1]);
    } else if (split.length === 1) {
      const pathOnly = EscapePath(destinationPath);
      const renameDestination = `/${this.shareName}/${pathOnly}`;
      destinationUrl = setURLPath(this.url, renameDestination);
    } else {
      throw new RangeError("Destination path should not contain more than one query string");
    }
    const destDirectory = new _ShareDirectoryClient(destinationUrl, this.pipeline, this.shareClientConfig);
    return tracingClient.withSpan("ShareDirectoryClient-rename", options, async (updatedOptions) => {
      const response = assertResponse(await destDirectory.context.rename(this.url, {
        ...updatedOptions,
        sourceLeaseAccessConditions: updatedOptions.sourceLeaseAccessConditions ? {
          sourceLeaseId: updatedOptions.sourceLeaseAccessConditions.leaseId
        } : void 0,
        destinationLeaseAccessConditions: updatedOptions.destinationLeaseAccessConditions ? {
          destinationLeaseId: updatedOptions.destinationLeaseAccessConditions.leaseId
        } : void 0,
        ...this.shareClientConfig
      }));
      return {
        destinationDirectoryClient: destDirectory,
        directoryRenameResponse: response
      };
    });
  }
};
var ShareFileClient = class _ShareFileClient extends StorageClient2 {
  /**
   * context provided by protocol layer.
   */
  context;
  _shareName;
  _path;
  _name;
  shareClientConfig;
  /**
   * The share name corresponding to this file client
   */
  get shareName() {
    return this._shareName;
  }
  /**
   * The full path of the file
   */
  get path() {
    return this._path;
  }
  /**
   * The name of the file
   */
  get name() {
    return this._name;
  }
  constructor(url2, credentialOrPipeline, options) {
    let pipeline2;
    if (isPipelineLike(credentialOrPipeline)) {
      pipeline2 = credentialOrPipeline;
    } else if (credentialOrPipeline instanceof Credential || isTokenCredential(credentialOrPipeline)) {
      pipeline2 = newPipeline2(credentialOrPipeline, options);
    } else {
      pipeline2 = newPipeline2(new AnonymousCredential(), options);
    }
    super(url2, pipeline2);
    ({
      baseName: this._name,
      shareName: this._shareName,
      path: this._path
    } = getShareNameAndPathFromUrl(this.url));
    this.shareClientConfig = options;
    this.context = this.storageClientContext.file;
  }
  /**
   * Creates a new ShareFileClient object identical to the source but with the specified share snapshot timestamp.
   * Provide "" will remove the snapshot and return a URL to the base ShareFileClient.
   *
   * @param shareSnapshot - The share snapshot timestamp.
   * @returns A new ShareFileClient object identical to the source but with the specified share snapshot timestamp.
   */
  withShareSnapshot(shareSnapshot2) {
    return new _ShareFileClient(setURLParameter(this.url, URLConstants.Parameters.SHARE_SNAPSHOT, shareSnapshot2.length === 0 ? void 0 : shareSnapshot2), this.pipeline, this.shareClientConfig);
  }
  /**
   * Creates a new file or replaces a file. Note it only initializes the file with no content.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-file
   *
   * @param size - Specifies the maximum size in bytes for the file, up to 4 TB.
   * @param options - Options to File Create operation.
   * @returns Response data for the File Create  operation.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleCreateFileAndUpload
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * const content = "Hello World!";
   * const fileName = `newdirectory${+new Date()}`;
   * const fileClient = directoryClient.getFileClient(fileName);
   * await fileClient.create(content.length);
   * console.log(`Create file ${fileName} successfully`);
   *
   * // Upload file range
   * await fileClient.uploadRange(content, 0, content.length);
   * console.log(`Upload file range "${content}" to ${fileName} successfully`);
   * ```
   */
  async create(size, options = {}) {
    if (size < 0 || size > FILE_MAX_SIZE_BYTES) {
      throw new RangeError(`File size must >= 0 and < ${FILE_MAX_SIZE_BYTES}.`);
    }
    options = validateAndSetDefaultsForFileAndDirectoryCreateCommonOptions(options);
    options.fileHttpHeaders = options.fileHttpHeaders || {};
    return tracingClient.withSpan("ShareFileClient-create", options, async (updatedOptions) => {
      const rawResponse = await this.context.create(size, {
        ...updatedOptions,
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        nfsFileType: updatedOptions.posixProperties?.fileType,
        ...this.shareClientConfig
      });
      const wrappedRes = {
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          fileType: rawResponse.nfsFileType,
          owner: rawResponse.owner,
          group: rawResponse.group
        }
      };
      return assertResponse(wrappedRes);
    });
  }
  /**
   * Reads or downloads a file from the system, including its metadata and properties.
   *
   * * In Node.js, data returns in a Readable stream `readableStreamBody`
   * * In browsers, data returns in a promise `contentAsBlob`
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/get-file
   *
   * @param offset - From which position of the file to download, greater than or equal to 0
   * @param count - How much data to be downloaded, greater than 0. Will download to the end when undefined
   * @param options - Options to File Download operation.
   * @returns Response data for the File Download operation.
   *
   * Example usage (Node.js):
   *
   * ```ts snippet:ReadmeSampleDownloadFileAndConvertToString_Node
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const fileName = "<file name>";
   * const fileClient = serviceClient
   *   .getShareClient(shareName)
   *   .rootDirectoryClient.getFileClient(fileName);
   *
   * // Get file content from position 0 to the end
   * // In Node.js, get downloaded data by accessing downloadFileResponse.readableStreamBody
   * const downloadFileResponse = await fileClient.download();
   * if (downloadFileResponse.readableStreamBody) {
   *   const buffer = await streamToBuffer(downloadFileResponse.readableStreamBody);
   *   console.log(`Downloaded file content: ${buffer.toString()}`);
   * }
   *
   * // [Node.js only] A helper method used to read a Node.js readable stream into a Buffer
   * async function streamToBuffer(readableStream: NodeJS.ReadableStream): Promise<Buffer> {
   *   return new Promise((resolve, reject) => {
   *     const chunks: Buffer[] = [];
   *     readableStream.on("data", (data) => {
   *       chunks.push(data instanceof Buffer ? data : Buffer.from(data));
   *     });
   *     readableStream.on("end", () => {
   *       resolve(Buffer.concat(chunks));
   *     });
   *     readableStream.on("error", reject);
   *   });
   * }
   * ```
   *
   * Example usage (browsers):
   *
   * ```ts snippet:ReadmeSampleDownloadFileAndConvertToString_Browser
   * import { ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account name>";
   * const sas = "<service Shared Access Signature Token>";
   *
   * const serviceClient = new ShareServiceClient(`https://${account}.file.core.windows.net?${sas}`);
   *
   * const shareName = "<share name>";
   * const fileName = "<file name>";
   * const fileClient = serviceClient
   *   .getShareClient(shareName)
   *   .rootDirectoryClient.getFileClient(fileName);
   *
   * // Get file content from position 0 to the end
   * // In browsers, get downloaded data by accessing downloadFileResponse.blobBody
   * const downloadFileResponse = await fileClient.download(0);
   * if (downloadFileResponse.blobBody) {
   *   console.log(`Downloaded file content: ${(await downloadFileResponse.blobBody).text()}`);
   * }
   * ```
   */
  async download(offset = 0, count, options = {}) {
    return tracingClient.withSpan("ShareFileClient-download", options, async (updatedOptions) => {
      let contentChecksumAlgorithm = options.contentChecksumAlgorithm ?? this.shareClientConfig?.downloadContentChecksumAlgorithm;
      if (contentChecksumAlgorithm === void 0) {
        contentChecksumAlgorithm = "Customized";
      } else if (contentChecksumAlgorithm === "Auto") {
        contentChecksumAlgorithm = "StorageCrc64";
      }
      if (contentChecksumAlgorithm === "StorageCrc64") {
        await StorageCRC64Calculator.init();
      }
      if (updatedOptions.rangeGetContentMD5 && offset === 0 && count === void 0) {
        throw new RangeError(`rangeGetContentMD5 only works with partial data downloading`);
      }
      const downloadFullFile = offset === 0 && !count;
      const rawResponse = await this.context.download({
        ...updatedOptions,
        requestOptions: {
          onDownloadProgress: isNodeLike ? void 0 : updatedOptions.onProgress
          // for Node.js, progress is reported by RetriableReadableStream
        },
        range: downloadFullFile ? void 0 : rangeToString({ offset, count }),
        ...this.shareClientConfig,
        structuredBodyType: contentChecksumAlgorithm === "StorageCrc64" ? "XSM/1.0; properties=crc64" : void 0
      });
      const res = assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
      if (!isNodeLike) {
        if (contentChecksumAlgorithm === "StorageCrc64") {
          res.blobBody = structuredMessageDecodingBrowser(await res.blobBody);
        }
        return res;
      }
      if (updatedOptions.maxRetryRequests === void 0 || updatedOptions.maxRetryRequests < 0) {
        updatedOptions.maxRetryRequests = DEFAULT_MAX_DOWNLOAD_RETRY_REQUESTS;
      }
      if (res.contentLength === void 0) {
        throw new RangeError(`File download response doesn't contain valid content length header`);
      }
      const contentLength2 = contentChecksumAlgorithm === "StorageCrc64" ? res.structuredContentLength : res.contentLength;
      return new FileDownloadResponse(res, async (start) => {
        const updatedDownloadOptions = {
          range: rangeToString({
            count: offset + contentLength2 - start,
            offset: start
          })
        };
        const downloadRes = await this.context.download({
          ...updatedOptions,
          ...updatedDownloadOptions,
          ...this.shareClientConfig,
          // TODO: confirm whether this is needed
          structuredBodyType: contentChecksumAlgorithm === "StorageCrc64" ? "XSM/1.0; properties=crc64" : void 0
        });
        if (!(downloadRes.etag === res.etag)) {
          throw new Error("File has been modified concurrently");
        }
        if (contentChecksumAlgorithm === "StorageCrc64") {
          return structuredMessageDecodingStream(downloadRes.readableStreamBody, {});
        } else {
          return downloadRes.readableStreamBody;
        }
      }, offset, contentLength2, {
        maxRetryRequests: updatedOptions.maxRetryRequests,
        onProgress: updatedOptions.onProgress
      });
    });
  }
  /**
   * Returns true if the specified file exists; false otherwise.
   *
   * NOTE: use this function with care since an existing file might be deleted by other clients or
   * applications. Vice versa new files might be added by other clients or applications after this
   * function completes.
   *
   * @param options - options to Exists operation.
   */
  async exists(options = {}) {
    return tracingClient.withSpan("ShareFileClient-exists", options, async (updatedOptions) => {
      try {
        await this.getProperties(updatedOptions);
        return true;
      } catch (e) {
        if (e.statusCode === 404) {
          return false;
        }
        throw e;
      }
    });
  }
  /**
   * Returns all user-defined metadata, standard HTTP properties, and system properties
   * for the file. It does not return the content of the file.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-file-properties
   *
   * @param options - Options to File Get Properties operation.
   * @returns Response data for the File Get Properties operation.
   */
  async getProperties(options = {}) {
    return tracingClient.withSpan("ShareFileClient-getProperties", options, async (updatedOptions) => {
      const rawResponse = await this.context.getProperties({
        ...updatedOptions,
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          fileType: rawResponse.nfsFileType,
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * Sets properties on the file.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-properties
   *
   * @param properties - File properties. For file HTTP headers(e.g. Content-Type),
   *                                       if no values are provided, existing HTTP headers will be removed.
   *                                       For other file properties(e.g. fileAttributes), if no values are provided,
   *                                       existing values will be preserved.
   */
  async setProperties(properties2 = {}) {
    properties2 = validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(properties2);
    properties2.fileHttpHeaders = properties2.fileHttpHeaders || {};
    return tracingClient.withSpan("ShareFileClient-setProperties", properties2, async (updatedOptions) => {
      const rawResponse = await this.context.setHttpHeaders({
        ...updatedOptions,
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * Removes the file from the storage account.
   * When a file is successfully deleted, it is immediately removed from the storage
   * account's index and is no longer accessible to clients. The file's data is later
   * removed from the service during garbage collection.
   *
   * Delete File will fail with status code 409 (Conflict) and error code SharingViolation
   * if the file is open on an SMB client.
   *
   * Delete File is not supported on a share snapshot, which is a read-only copy of
   * a share. An attempt to perform this operation on a share snapshot will fail with 400 (InvalidQueryParameterValue)
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-file2
   *
   * @param options - Options to File Delete operation.
   * @returns Response data for the File Delete operation.
   */
  async delete(options = {}) {
    return tracingClient.withSpan("ShareFileClient-delete", options, async (updatedOptions) => {
      return assertResponse(await this.context.delete({ ...updatedOptions, ...this.shareClientConfig }));
    });
  }
  /**
   * Removes the file from the storage account if it exists.
   * When a file is successfully deleted, it is immediately removed from the storage
   * account's index and is no longer accessible to clients. The file's data is later
   * removed from the service during garbage collection.
   *
   * Delete File will fail with status code 409 (Conflict) and error code SharingViolation
   * if the file is open on an SMB client.
   *
   * Delete File is not supported on a share snapshot, which is a read-only copy of
   * a share. An attempt to perform this operation on a share snapshot will fail with 400 (InvalidQueryParameterValue)
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-file2
   *
   * @param options -
   */
  async deleteIfExists(options = {}) {
    return tracingClient.withSpan("ShareFileClient-deleteIfExists", options, async (updatedOptions) => {
      try {
        const res = await this.delete(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ResourceNotFound" || e.details?.errorCode === "ParentNotFound") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Sets HTTP headers on the file.
   *
   * If no option provided, or no value provided for the file HTTP headers in the options,
   * these file HTTP headers without a value will be cleared.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-properties
   *
   * @param FileHttpHeaders - File HTTP headers like Content-Type.
   *                                             Provide undefined will remove existing HTTP headers.
   * @param options - Options to File Set HTTP Headers operation.
   * @returns Response data for the File Set HTTP Headers operation.
   */
  async setHttpHeaders(fileHttpHeaders = {}, options = {}) {
    options = validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(options);
    return tracingClient.withSpan("ShareFileClient-setHTTPHeaders", options, async (updatedOptions) => {
      const rawResponse = await this.context.setHttpHeaders({
        ...updatedOptions,
        fileHttpHeaders,
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * Resize file.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-properties
   *
   * @param length - Resizes a file to the specified size in bytes.
   *                        If the specified byte value is less than the current size of the file,
   *                        then all ranges above the specified byte value are cleared.
   * @param options - Options to File Resize operation.
   * @returns Response data for the File Set HTTP Headers operation.
   */
  async resize(length, options = {}) {
    if (length < 0) {
      throw new RangeError(`Size cannot less than 0 when resizing file.`);
    }
    options = validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(options);
    return tracingClient.withSpan("ShareFileClient-resize", options, async (updatedOptions) => {
      const rawResponse = await this.context.setHttpHeaders({
        ...updatedOptions,
        fileContentLength: length,
        fileChangeOn: fileChangeTimeToString(options.changeTime),
        fileCreatedOn: fileCreationTimeToString(options.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(options.lastWriteTime),
        fileAttributes: fileAttributesToString(updatedOptions.fileAttributes),
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(options.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * Updates user-defined metadata for the specified file.
   *
   * If no metadata defined in the option parameter, the file
   * metadata will be removed.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-metadata
   *
   * @param metadata - If no metadata provided, all existing directory metadata will be removed
   * @param options - Options to File Set Metadata operation.
   * @returns Response data for the File Set Metadata operation.
   */
  async setMetadata(metadata2 = {}, options = {}) {
    return tracingClient.withSpan("ShareFileClient-setMetadata", options, async (updatedOptions) => {
      return assertResponse(await this.context.setMetadata({
        ...updatedOptions,
        metadata: metadata2,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Upload a range of bytes to a file. This operation can only be called on an existing file.
   * It won't change the size, properties or metadata of the file.
   * Both the start and count of the range must be specified. The range can be up to 4 MB in size.
   *
   * @param body - Blob, string, ArrayBuffer, ArrayBufferView or a function
   *                               which returns a new Readable stream whose offset is from data source beginning.
   * @param offset - Offset position of the destination Azure File to upload.
   * @param contentLength - Length of body in bytes. Use Buffer.byteLength() to calculate body length for a
   *                               string including non non-Base64/Hex-encoded characters.
   * @param options - Options to File Upload Range operation.
   * @returns Response data for the File Upload Range operation.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleCreateFileAndUpload
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * const content = "Hello World!";
   * const fileName = `newdirectory${+new Date()}`;
   * const fileClient = directoryClient.getFileClient(fileName);
   * await fileClient.create(content.length);
   * console.log(`Create file ${fileName} successfully`);
   *
   * // Upload file range
   * await fileClient.uploadRange(content, 0, content.length);
   * console.log(`Upload file range "${content}" to ${fileName} successfully`);
   * ```
   */
  async uploadRange(body2, offset, contentLength2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadRange", options, async (updatedOptions) => {
      if (offset < 0) {
        throw new RangeError(`offset must be >= 0`);
      }
      if (contentLength2 <= 0 || contentLength2 > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`contentLength must be > 0 and <= ${FILE_RANGE_MAX_SIZE_BYTES} bytes`);
      }
      if (contentLength2 > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`offset must be < ${FILE_RANGE_MAX_SIZE_BYTES} bytes`);
      }
      const parameters = {
        ...updatedOptions,
        requestOptions: {
          onUploadProgress: updatedOptions.onProgress
        },
        ...this.shareClientConfig
      };
      const uploadBodyParameters = await setUploadChecksumParameters(body2, contentLength2, parameters, options, this.shareClientConfig?.uploadContentChecksumAlgorithm);
      parameters.body = uploadBodyParameters.body;
      return assertResponse(await this.context.uploadRange(rangeToString({ count: contentLength2, offset }), "update", uploadBodyParameters.contentLength, parameters));
    });
  }
  /**
   * Upload a range of bytes to a file where the contents are read from a another file's URL.
   * The range can be up to 4 MB in size.
   *
   * @param sourceURL - Specify a URL to the copy source, Shared Access Signature(SAS) maybe needed for authentication.
   * @param sourceOffset - The source offset to copy from. Pass 0 to copy from the beginning of source file.
   * @param destOffset - Offset of destination file.
   * @param count - Number of bytes to be uploaded from source file.
   * @param options - Options to configure File - Upload Range from URL operation.
   */
  async uploadRangeFromURL(sourceURL, sourceOffset, destOffset, count, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadRangeFromURL", options, async (updatedOptions) => {
      if (sourceOffset < 0 || destOffset < 0) {
        throw new RangeError(`sourceOffset and destOffset must be >= 0`);
      }
      if (count <= 0 || count > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`count must be > 0 and <= ${FILE_RANGE_MAX_SIZE_BYTES} bytes`);
      }
      return assertResponse(await this.context.uploadRangeFromURL(rangeToString({ offset: destOffset, count }), sourceURL, 0, {
        ...updatedOptions,
        sourceRange: rangeToString({ offset: sourceOffset, count }),
        sourceModifiedAccessConditions: updatedOptions.sourceConditions,
        copySourceAuthorization: httpAuthorizationToString(updatedOptions.sourceAuthorization),
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Clears the specified range and
   * releases the space used in storage for that range.
   *
   * @param offset -
   * @param contentLength -
   * @param options - Options to File Clear Range operation.
   */
  async clearRange(offset, contentLength2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-clearRange", options, async (updatedOptions) => {
      if (offset < 0 || contentLength2 <= 0) {
        throw new RangeError(`offset must >= 0 and contentLength must be > 0`);
      }
      return assertResponse(await this.context.uploadRange(rangeToString({ count: contentLength2, offset }), "clear", 0, { ...updatedOptions, ...this.shareClientConfig }));
    });
  }
  /**
   * Returns the list of valid ranges for a file.
   *
   * @param options - Options to File Get range List operation.
   */
  async getRangeList(options = {}) {
    return tracingClient.withSpan("ShareFileClient-getRangeList", options, async (updatedOptions) => {
      const originalResponse = assertResponse(await this.context.getRangeList({
        ...updatedOptions,
        range: updatedOptions.range ? rangeToString(updatedOptions.range) : void 0,
        ...this.shareClientConfig
      }));
      const parsedBody = originalResponse._response.parsedBody.ranges ? originalResponse._response.parsedBody.ranges : [];
      return {
        ...originalResponse,
        _response: { ...originalResponse._response, parsedBody },
        rangeList: originalResponse.ranges ? originalResponse.ranges : []
      };
    });
  }
  /**
   * Returns the list of ranges that differ between a previous share snapshot and this file.
   *
   * @param prevShareSnapshot - The previous snapshot parameter is an opaque DateTime value that specifies the previous share snapshot to compare with.
   * @param options -
   */
  async getRangeListDiff(prevShareSnapshot, options = {}) {
    return tracingClient.withSpan("ShareFileClient-getRangeListDiff", options, async (updatedOptions) => {
      return assertResponse(await this.context.getRangeList({
        ...updatedOptions,
        prevsharesnapshot: prevShareSnapshot,
        supportRename: options.includeRenames,
        range: updatedOptions.range ? rangeToString(updatedOptions.range) : void 0,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Copies a blob or file to a destination file within the storage account.
   *
   * @param copySource - Specifies the URL of the source file or blob, up to 2 KB in length.
   * To copy a file to another file within the same storage account, you may use Shared Key to
   * authenticate the source file. If you are copying a file from another storage account, or if you
   * are copying a blob from the same storage account or another storage account, then you must
   * authenticate the source file or blob using a shared access signature. If the source is a public
   * blob, no authentication is required to perform the copy operation. A file in a share snapshot
   * can also be specified as a copy source.
   * @param options - Options to File Start Copy operation.
   */
  async startCopyFromURL(copySource2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-startCopyFromURL", options, async (updatedOptions) => {
      return assertResponse(await this.context.startCopy(copySource2, {
        ...updatedOptions,
        ...this.shareClientConfig,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        fileModeCopyMode: updatedOptions.fileModeCopyMode,
        fileOwnerCopyMode: updatedOptions.fileOwnerCopyMode
      }));
    });
  }
  /**
   * Aborts a pending Copy File operation, and leaves a destination file with zero length and full
   * metadata.
   * @see https://learn.microsoft.com/rest/api/storageservices/abort-copy-file
   *
   * @param copyId - Id of the Copy File operation to abort.
   * @param options - Options to File Abort Copy From URL operation.
   */
  async abortCopyFromURL(copyId2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-abortCopyFromURL", options, async (updatedOptions) => {
      return assertResponse(await this.context.abortCopy(copyId2, { ...updatedOptions, ...this.shareClientConfig }));
    });
  }
  // High Level functions
  /**
   * Creates a new Azure File or replaces an existing Azure File, and then uploads a Buffer(Node)/Blob/ArrayBuffer/ArrayBufferView to it.
   *
   * @param data - Buffer(Node), Blob, ArrayBuffer or ArrayBufferView
   * @param options -
   */
  async uploadData(data, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadData", options, async (updatedOptions) => {
      if (isNodeLike) {
        let buffer;
        if (data instanceof Buffer) {
          buffer = data;
        } else if (data instanceof ArrayBuffer) {
          buffer = Buffer.from(data);
        } else {
          data = data;
          buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        }
        return this.uploadSeekableInternal((offset, size) => buffer.slice(offset, offset + size), buffer.byteLength, updatedOptions);
      } else {
        const browserBlob = new Blob([data]);
        return this.uploadSeekableInternal((offset, size) => browserBlob.slice(offset, offset + size), browserBlob.size, updatedOptions);
      }
    });
  }
  /**
   * ONLY AVAILABLE IN BROWSERS.
   *
   * Uploads a browser Blob object to an Azure file. Requires a blobFactory as the data source,
   * which need to return a Blob object with the offset and size provided.
   *
   * @param blobFactory -
   * @param size -
   * @param options -
   */
  async uploadSeekableBlob(blobFactory, size, options = {}) {
    return tracingClient.withSpan("ShareFileClient-UploadSeekableBlob", options, async (updatedOptions) => {
      return this.uploadSeekableInternal(blobFactory, size, updatedOptions);
    });
  }
  /**
   * ONLY AVAILABLE IN NODE.JS RUNTIME.
   *
   * Creates a new Azure File or replaces an existing Azure File, and then uploads a local file to it.
   *
   * @param filePath - Full path of local file
   * @param fileClient - ShareFileClient
   * @param options -
   */
  async uploadFile(filePath, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadFile", options, async (updatedOptions) => {
      const size = (await fsStat(filePath)).size;
      return this.uploadSeekableInternal((offset, count) => {
        return () => fsCreateReadStream(filePath, {
          autoClose: true,
          end: count ? offset + count - 1 : Infinity,
          start: offset
        });
      }, size, updatedOptions);
    });
  }
  /**
   * ONLY AVAILABLE IN NODE.JS RUNTIME.
   *
   * Accepts a Node.js Readable stream factory, and uploads in blocks to an Azure File.
   * The Readable stream factory must returns a Node.js Readable stream starting from the offset defined. The offset
   * is the offset in the Azure file to be uploaded.
   *
   * @param streamFactory - Returns a Node.js Readable stream starting
   *                                                                  from the offset defined
   * @param size - Size of the Azure file
   * @param fileClient - ShareFileClient
   * @param options -
   */
  async uploadResetableStream(streamFactory, size, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadResetableStream", options, async (updatedOptions) => {
      return this.uploadSeekableInternal((offset, count) => {
        return () => streamFactory(offset, count);
      }, size, updatedOptions);
    });
  }
  /**
   *
   * @param bodyFactory -
   * @param size - Size of the Azure file
   * @param fileClient - ShareFileClient
   * @param options -
   */
  async uploadSeekableInternal(bodyFactory, size, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadSeekableInternal", options, async (updatedOptions) => {
      if (!options.rangeSize) {
        options.rangeSize = FILE_RANGE_MAX_SIZE_BYTES;
      }
      if (options.rangeSize < 0 || options.rangeSize > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`options.rangeSize must be > 0 and <= ${FILE_RANGE_MAX_SIZE_BYTES}`);
      }
      if (!options.fileHttpHeaders) {
        options.fileHttpHeaders = {};
      }
      if (!options.concurrency) {
        options.concurrency = DEFAULT_HIGH_LEVEL_CONCURRENCY;
      }
      if (options.concurrency < 0) {
        throw new RangeError(`options.concurrency cannot less than 0.`);
      }
      await this.create(size, {
        abortSignal: options.abortSignal,
        fileHttpHeaders: options.fileHttpHeaders,
        metadata: options.metadata,
        leaseAccessConditions: options.leaseAccessConditions,
        tracingOptions: updatedOptions.tracingOptions
      });
      const numBlocks = Math.floor((size - 1) / options.rangeSize) + 1;
      let transferProgress = 0;
      const batch = new Batch(options.concurrency);
      for (let i = 0; i < numBlocks; i++) {
        batch.addOperation(async () => {
          const start = options.rangeSize * i;
          const end2 = i === numBlocks - 1 ? size : start + options.rangeSize;
          const contentLength2 = end2 - start;
          await this.uploadRange(bodyFactory(start, contentLength2), start, contentLength2, {
            abortSignal: options.abortSignal,
            leaseAccessConditions: options.leaseAccessConditions,
            tracingOptions: updatedOptions.tracingOptions,
            contentChecksumAlgorithm: options.contentChecksumAlgorithm
          });
          transferProgress += contentLength2;
          if (options.onProgress) {
            options.onProgress({ loadedBytes: transferProgress });
          }
        });
      }
      return batch.do();
    });
  }
  async downloadToBuffer(bufferOrOffset, offsetOrCount, countOrOptions, optOptions = {}) {
    let buffer = void 0;
    let offset;
    let count;
    let options = optOptions;
    if (bufferOrOffset instanceof Buffer) {
      buffer = bufferOrOffset;
      offset = offsetOrCount || 0;
      count = typeof countOrOptions === "number" ? countOrOptions : 0;
    } else {
      offset = typeof bufferOrOffset === "number" ? bufferOrOffset : 0;
      count = typeof offsetOrCount === "number" ? offsetOrCount : 0;
      options = countOrOptions || {};
    }
    return tracingClient.withSpan("ShareFileClient-downloadToBuffer", options, async (updatedOptions) => {
      if (!options.rangeSize) {
        options.rangeSize = FILE_RANGE_MAX_SIZE_BYTES;
      }
      if (options.rangeSize < 0) {
        throw new RangeError("rangeSize option must be > 0");
      }
      if (offset < 0) {
        throw new RangeError("offset option must be >= 0");
      }
      if (count && count <= 0) {
        throw new RangeError("count option must be > 0");
      }
      if (!options.concurrency) {
        options.concurrency = DEFAULT_HIGH_LEVEL_CONCURRENCY;
      }
      if (options.concurrency < 0) {
        throw new RangeError(`options.concurrency cannot less than 0.`);
      }
      if (!count) {
        const response = await this.getProperties({
          abortSignal: options.abortSignal,
          leaseAccessConditions: options.leaseAccessConditions,
          tracingOptions: updatedOptions.tracingOptions
        });
        count = response.contentLength - offset;
        if (count < 0) {
          throw new RangeError(`offset ${offset} shouldn't be larger than file size ${response.contentLength}`);
        }
      }
      if (!buffer) {
        try {
          buffer = Buffer.alloc(count);
        } catch (error) {
          throw new Error(`Unable to allocate a buffer of size: ${count} bytes. Please try passing your own Buffer to the "downloadToBuffer method or try using other methods like "download" or "downloadToFile".	 ${error.message}`);
        }
      }
      if (buffer.length < count) {
        throw new RangeError(`The buffer's size should be equal to or larger than the request count of bytes: ${count}`);
      }
      let transferProgress = 0;
      const batch = new Batch(options.concurrency);
      for (let off = offset; off < offset + count; off = off + options.rangeSize) {
        batch.addOperation(async () => {
          let chunkEnd = offset + count;
          if (off + options.rangeSize < chunkEnd) {
            chunkEnd = off + options.rangeSize;
          }
          const response = await this.download(off, chunkEnd - off, {
            abortSignal: options.abortSignal,
            maxRetryRequests: options.maxRetryRequestsPerRange,
            leaseAccessConditions: options.leaseAccessConditions,
            tracingOptions: updatedOptions.tracingOptions,
            contentChecksumAlgorithm: options.contentChecksumAlgorithm
          });
          const stream = response.readableStreamBody;
          await streamToBuffer(stream, buffer, off - offset, chunkEnd - offset);
          transferProgress += chunkEnd - off;
          if (options.onProgress) {
            options.onProgress({ loadedBytes: transferProgress });
          }
        });
      }
      await batch.do();
      return buffer;
    });
  }
  /**
   * ONLY AVAILABLE IN NODE.JS RUNTIME.
   *
   * Creates a new Azure File or replaces an existing Azure File, and then uploads a Node.js Readable stream into it.
   * This method will try to create an Azure File, then starts uploading chunk by chunk.
   * Size of chunk is defined by `bufferSize` parameter.
   * Please make sure potential size of stream doesn't exceed file size.
   *
   * PERFORMANCE IMPROVEMENT TIPS:
   * * Input stream highWaterMark is better to set a same value with bufferSize
   *   parameter, which will avoid Buffer.concat() operations.
   *
   * @param stream - Node.js Readable stream. Must be less or equal than file size.
   * @param size - Size of file to be created. Maximum size allowed is 4 TB.
   *                      If this value is larger than stream size, there will be empty bytes in file tail.
   * @param bufferSize - Size of every buffer allocated in bytes, also the chunk/range size during
   *                            the uploaded file. Size must be greater than 0 and lesser than or equal to 4 * 1024 * 1024 (4MB)
   * @param maxBuffers - Max buffers will allocate during uploading, positive correlation
   *                            with max uploading concurrency
   * @param options -
   */
  async uploadStream(stream, size, bufferSize, maxBuffers, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadStream", options, async (updatedOptions) => {
      if (!options.fileHttpHeaders) {
        options.fileHttpHeaders = {};
      }
      if (bufferSize <= 0 || bufferSize > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`bufferSize must be > 0 and <= ${FILE_RANGE_MAX_SIZE_BYTES}`);
      }
      if (maxBuffers < 0) {
        throw new RangeError(`maxBuffers must be > 0.`);
      }
      await this.create(size, {
        abortSignal: options.abortSignal,
        fileHttpHeaders: options.fileHttpHeaders,
        metadata: options.metadata,
        leaseAccessConditions: options.leaseAccessConditions,
        tracingOptions: updatedOptions.tracingOptions
      });
      let transferProgress = 0;
      const scheduler = new BufferScheduler(
        stream,
        bufferSize,
        maxBuffers,
        async (buffer, offset) => {
          if (transferProgress + buffer.length > size) {
            throw new RangeError(`Stream size is larger than file size ${size} bytes, uploading failed. Please make sure stream length is less or equal than file size.`);
          }
          await this.uploadRange(buffer, offset, buffer.length, {
            abortSignal: options.abortSignal,
            leaseAccessConditions: options.leaseAccessConditions,
            tracingOptions: updatedOptions.tracingOptions,
            contentChecksumAlgorithm: options.contentChecksumAlgorithm
          });
          transferProgress += buffer.length;
          if (options.onProgress) {
            options.onProgress({ loadedBytes: transferProgress });
          }
        },
        // Concurrency should set a smaller value than maxBuffers, which is helpful to
        // reduce the possibility when a outgoing handler waits for stream data, in
        // this situation, outgoing handlers are blocked.
        // Outgoing queue shouldn't be empty.
        Math.ceil(maxBuffers / 4 * 3)
      );
      return scheduler.do();
    });
  }
  /**
   * ONLY AVAILABLE IN NODE.JS RUNTIME.
   *
   * Downloads an Azure Blob to a local file.
   * Fails if the the given file path already exits.
   * Offset and count are optional, pass 0 and undefined respectively to download the entire blob.
   *
   * @param filePath -
   * @param offset - From which position of the block blob to download.
   * @param count - How much data to be downloaded. Will download to the end when passing undefined.
   * @param options - Options to Blob download options.
   * @returns The response data for blob download operation,
   *                                                 but with readableStreamBody set to undefined since its
   *                                                 content is already read and written into a local file
   *                                                 at the specified path.
   */
  async downloadToFile(filePath, offset = 0, count, options = {}) {
    return tracingClient.withSpan("ShareFileClient-downloadToFile", options, async (updatedOptions) => {
      const response = await this.download(offset, count, updatedOptions);
      if (response.readableStreamBody) {
        await readStreamToLocalFile(response.readableStreamBody, filePath);
      }
      response.fileDownloadStream = void 0;
      return response;
    });
  }
  /**
   * Lists handles for a file.
   * @see https://learn.microsoft.com/rest/api/storageservices/list-handles
   *
   * @param marker - Optional. A string value that identifies the portion of the list to be
   *                          returned with the next list handles operation. The operation returns a
   *                          marker value within the response body if the list returned was not complete.
   *                          The marker value may then be used in a subsequent call to request the next
   *                          set of list items.
   * @param options -
   */
  async listHandlesSegment(marker2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-listHandlesSegment", options, async (updatedOptions) => {
      marker2 = marker2 === "" ? void 0 : marker2;
      const response = assertResponse(await this.context.listHandles({
        ...updatedOptions,
        ...this.shareClientConfig,
        marker: marker2
      }));
      if (response.handleList === "") {
        response.handleList = void 0;
      }
      const wrappedResponse = {
        ...ConvertInternalResponseOfListHandles(response),
        _response: {
          ...response._response,
          parsedBody: ConvertInternalResponseOfListHandles(response._response.parsedBody)
        }
      };
      return wrappedResponse;
    });
  }
  /**
   * Returns an AsyncIterableIterator for FileListHandlesResponse
   *
   * @param marker - A string value that identifies the portion of the list to be
   *                          returned with the next list handles operation. The operation returns a
   *                          marker value within the response body if the list returned was not complete.
   *                          The marker value may then be used in a subsequent call to request the next
   *                          set of list items.
   * @param options - Options to list handles operation.
   */
  async *iterateHandleSegments(marker2, options = {}) {
    let listHandlesResponse;
    if (!!marker2 || marker2 === void 0) {
      do {
        listHandlesResponse = await this.listHandlesSegment(marker2, options);
        marker2 = listHandlesResponse.continuationToken;
        yield listHandlesResponse;
      } while (marker2);
    }
  }
  /**
   * Returns an AsyncIterableIterator for handles
   *
   * @param options - Options to list handles operation.
   */
  async *listHandleItems(options = {}) {
    let marker2;
    for await (const listHandlesResponse of this.iterateHandleSegments(marker2, options)) {
      if (listHandlesResponse.handleList) {
        for (const handle of listHandlesResponse.handleList) {
          yield handle;
        }
      }
    }
  }
  /**
   * Returns an async iterable iterator to list all the handles.
   * under the specified account.
   *
   * .byPage() returns an async iterable iterator to list the handles in pages.
   *
   * @param options - Options to list handles operation.
   *
   * An asyncIterableIterator that supports paging.
   */
  listHandles(options = {}) {
    const iter = this.listHandleItems(options);
    return {
      /**
       * The next method, part of the iteration protocol
       */
      async next() {
        return iter.next();
      },
      /**
       * The connection to the async iterator, part of the iteration protocol
       */
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * Return an AsyncIterableIterator that works a page at a time
       */
      byPage: (settings = {}) => {
        return this.iterateHandleSegments(removeEmptyString(settings.continuationToken), {
          maxPageSize: settings.maxPageSize,
          ...options
        });
      }
    };
  }
  /**
   * Force close all handles for a file.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param marker - Optional. A string value that identifies the position of handles that will
   *                          be closed with the next force close handles operation.
   *                          The operation returns a marker value within the response
   *                          body if there are more handles to close. The marker value
   *                          may then be used in a subsequent call to close the next set of handles.
   * @param options - Options to force close handles operation.
   */
  async forceCloseHandlesSegment(marker2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-forceCloseHandlesSegment", options, async (updatedOptions) => {
      marker2 = marker2 === "" ? void 0 : marker2;
      const rawResponse = await this.context.forceCloseHandles("*", {
        ...updatedOptions,
        ...this.shareClientConfig,
        marker: marker2
      });
      const response = rawResponse;
      response.closedHandlesCount = rawResponse.numberOfHandlesClosed || 0;
      response.closeFailureCount = rawResponse.numberOfHandlesFailedToClose || 0;
      return response;
    });
  }
  /**
   * Force close all handles for a file.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param options - Options to force close handles operation.
   */
  async forceCloseAllHandles(options = {}) {
    return tracingClient.withSpan("ShareFileClient-forceCloseAllHandles", options, async (updatedOptions) => {
      let handlesClosed = 0;
      let numberOfHandlesFailedToClose = 0;
      let marker2 = "";
      do {
        const response = await this.forceCloseHandlesSegment(marker2, { tracingOptions: updatedOptions.tracingOptions });
        marker2 = response.marker;
        if (response.closedHandlesCount) {
          handlesClosed += response.closedHandlesCount;
        }
        if (response.closeFailureCount) {
          numberOfHandlesFailedToClose += response.closeFailureCount;
        }
      } while (marker2);
      return {
        closedHandlesCount: handlesClosed,
        closeFailureCount: numberOfHandlesFailedToClose
      };
    });
  }
  /**
   * Force close a specific handle for a file.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param handleId - Specific handle ID, cannot be asterisk "*".
   *                          Use forceCloseAllHandles() to close all handles.
   * @param FileForceCloseHandlesOptions - Options to force close handles operation.
   */
  async forceCloseHandle(handleId2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-forceCloseHandle", options, async (updatedOptions) => {
      if (handleId2 === "*") {
        throw new RangeError(`Parameter handleID should be a specified handle ID. Use forceCloseHandlesSegment() to close all handles.`);
      }
      const rawResponse = await this.context.forceCloseHandles(handleId2, {
        ...updatedOptions,
        ...this.shareClientConfig
      });
      const response = rawResponse;
      response.closedHandlesCount = rawResponse.numberOfHandlesClosed || 0;
      response.closeFailureCount = rawResponse.numberOfHandlesFailedToClose || 0;
      return response;
    });
  }
  /**
   * NFS only.  Creates a hard link to the file file specified by path.
   * @param targetFile - Path of the file to create the hard link to, not including the share.
   *  For example: "targetDirectory/targetSubDirectory/.../targetFile"
   * @param options - Options to create hard link operation.
   */
  async createHardLink(targetFile2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-createHardLink", options, async (updatedOptions) => {
      const rawResponse = await this.context.createHardLink(targetFile2, {
        ...updatedOptions,
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          fileType: rawResponse.nfsFileType,
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * NFS only.  Creates a symbolic link.
   * @param linkText - The path to the original file, the symbolic link is pointing to.
   *                  The path is of type string which is not resolved and is stored as is. The path can be absolute path
   *                 or the relative path depending on the content stored in the symbolic link file.
   * @param options - Options to create hard link operation.
   */
  async createSymbolicLink(linkText2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-createSymbolicLink", options, async (updatedOptions) => {
      const rawResponse = await this.context.createSymbolicLink(linkText2, {
        ...updatedOptions,
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          fileType: rawResponse.nfsFileType
        }
      });
    });
  }
  /**
   * NFS only.  Gets content of a symbolic link.
   * @param options - Options to get symbolic link operation.
   */
  async getSymbolicLink(options = {}) {
    return tracingClient.withSpan("ShareFileClient-getSymbolicLink", options, async (updatedOptions) => {
      return assertResponse(await this.context.getSymbolicLink({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Get a {@link ShareLeaseClient} that manages leases on the file.
   *
   * @param proposeLeaseId - Initial proposed lease Id.
   * @returns A new ShareLeaseClient object for managing leases on the file.
   */
  getShareLeaseClient(proposeLeaseId) {
    return new ShareLeaseClient(this, proposeLeaseId);
  }
  /**
   * Only available for clients constructed with a shared key credential.
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateSasUrl(options) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
    }
    const sas = generateFileSASQueryParameters({
      shareName: this.shareName,
      filePath: this.path,
      ...options
    }, this.credential).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   * Only available for clients constructed with a shared key credential.
   *
   * Generates string to sign for a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-options*/
  generateSasStringToSign(options) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
    }
    return generateFileSASQueryParametersInternal({
      shareName: this.shareName,
      filePath: this.path,
      ...options
    }, this.credential).stringToSign;
  }
  /**
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the user delegation key credential input.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @param userDelegationKey - user delegation key used to sign the SAS URI
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateUserDelegationSasUrl(options, userDelegationKey) {
    const sas = generateFileSASQueryParameters({
      shareName: this.shareName,
      filePath: this.path,
      ...options
    }, userDelegationKey, this.accountName).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the user delegation key credential input.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @param userDelegationKey - user delegation key used to sign the SAS URI
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateUserDelegationStringToSign(options, userDelegationKey) {
    return generateFileSASQueryParametersInternal({
      shareName: this.shareName,
      filePath: this.path,
      ...options
    }, userDelegationKey, this.accountName).stringToSign;
  }
  /**
   * Renames a file.
   * This API only supports renaming a file in the same share.
   *
   * @param destinationPath - Specifies the destination path to rename to. The path will be encoded to put into a URL to specify the destination.
   * @param options - Options for the renaming operation.
   * @returns Response data for the file renaming operation.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleRenameFile
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const fileName = "<file name>";
   * const destinationPath = "<destination path>";
   * const fileClient = serviceClient
   *   .getShareClient(shareName)
   *   .getDirectoryClient(directoryName)
   *   .getFileClient(fileName);
   *
   * await fileClient.rename(destinationPath);
   * ```
   */
  async rename(destinationPath, options = {}) {
    const split = destinationPath.split("?");
    let destinationUrl;
    if (split.length === 2) {
      const pathOnly = EscapePath(split[0]);
      const renameDestination = `/${this.shareName}/${pathOnly}`;
      destinationUrl = setURLPath(this.url, renameDestination);
      destinationUrl = setURLQueries(destinationUrl, split[1]);
    } else if (split.length === 1) {
      const pathOnly = EscapePath(destinationPath);
      const renameDestination = `/${this.shareName}/${pathOnly}`;
      destinationUrl = setURLPath(this.url, renameDestination);
    } else {
      throw new RangeError("Destination path should not contain more than one query string");
    }
    const destFile = new _ShareFileClient(destinationUrl, this.pipeline, this.shareClientConfig);
    return tracingClient.withSpan("ShareFileClient-rename", options, async (updatedOptions) => {
      const response = assertResponse(await destFile.context.rename(this.url, {
        ...updatedOptions,
        sourceLeaseAccessConditions: updatedOptions.sourceLeaseAccessConditions ? {
          sourceLeaseId: updatedOptions.sourceLeaseAccessConditions.leaseId
        } : void 0,
        destinationLeaseAccessConditions: updatedOptions.destinationLeaseAccessConditions ? {
          destinationLeaseId: updatedOptions.destinationLeaseAccessConditions.leaseId
        } : void 0,
        fileHttpHeaders: options.contentType ? {
          fileContentType: options.contentType
        } : void 0,
        ...this.shareClientConfig
      }));
      return {
        destinationFileClient: destFile,
        fileRenameResponse: response
      };
    });
  }
};
var ShareLeaseClient = class {
  _leaseId;
  _url;
  fileOrShare;
  shareClientConfig;
  /**
   * Gets the lease Id.
   *
   * @readonly
   */
  get leaseId() {
    return this._leaseId;
  }
  /**
   * Gets the url.
   *
   * @readonly
   */
  get url() {
    return this._url;
  }
  /**
   * Creates an instance of ShareLeaseClient.
   * @param client - The client to make the lease operation requests.
   * @param leaseId - Initial proposed lease id.
   */
  constructor(client, leaseId2) {
    const clientContext = client["storageClientContext"];
    if (client instanceof ShareClient) {
      this.fileOrShare = clientContext.share;
      this.shareClientConfig = client["shareClientConfig"];
    } else {
      this.fileOrShare = clientContext.file;
      this.shareClientConfig = client["shareClientConfig"];
    }
    this._url = client.url;
    if (!leaseId2) {
      leaseId2 = randomUUID();
    }
    this._leaseId = leaseId2;
  }
  /**
   * Establishes and manages a lock on a file, share or share snapshot for write and delete operations.
   *
   * @param duration - Specifies the duration of lease in seconds. For file, the only allowed value is -1 for a lease that never expires. For share, must be -1 or between 15 to 60.
   * @param options - Options for the lease management operation.
   * @returns Response data for acquire lease operation.
   */
  async acquireLease(duration2 = -1, options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-acquireLease", options, async (updatedOptions) => {
      return assertResponse(await this.fileOrShare.acquireLease({
        ...updatedOptions,
        ...this.shareClientConfig,
        duration: duration2,
        proposedLeaseId: this._leaseId
      }));
    });
  }
  /**
   * To change the ID of an existing lease.
   *
   * @param proposedLeaseId - the proposed new lease Id.
   * @param options - Options for the lease management operation.
   * @returns Response data for change lease operation.
   */
  async changeLease(proposedLeaseId2, options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-changeLease", options, async (updatedOptions) => {
      const response = assertResponse(await this.fileOrShare.changeLease(this._leaseId, {
        ...updatedOptions,
        ...this.shareClientConfig,
        proposedLeaseId: proposedLeaseId2
      }));
      this._leaseId = proposedLeaseId2;
      return response;
    });
  }
  /**
   * To free the lease if it is no longer needed so that another client may
   * immediately acquire a lease.
   *
   * @param options - Options for the lease management operation.
   * @returns Response data for release lease operation.
   */
  async releaseLease(options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-releaseLease", options, async (updatedOptions) => {
      return assertResponse(await this.fileOrShare.releaseLease(this._leaseId, {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * To force end the lease.
   *
   * @param options - Options for the lease management operation.
   * @returns Response data for break lease operation.
   */
  async breakLease(options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-breakLease", options, async (updatedOptions) => {
      return assertResponse(await this.fileOrShare.breakLease({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * To renew the lease. Only available for lease on share or share snapshot.
   * Note that the lease may be renewed even if it has expired as long as the share has not been leased again since the expiration of that lease.
   * When you renew a lease, the lease duration clock resets.
   *
   * @param options - Options for the lease management operation.
   * @returns Response data for renew lease operation.
   */
  async renewLease(options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-renewLease", options, async (updatedOptions) => {
      if (isFile(this.fileOrShare)) {
        throw new RangeError("The renewLease operation is not available for lease on file.");
      }
      return assertResponse(await this.fileOrShare.renewLease(this._leaseId, {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
};
function isFile(fileOrShare) {
  return "renewLease" in fileOrShare;
}

// node_modules/@azure/storage-file-share/dist/esm/ShareClientInternal.js
var ShareClientInternal = class extends StorageClient2 {
  context;
  constructor(url2, pipeline2) {
    super(url2, pipeline2);
    this.context = this.storageClientContext.share;
  }
  async restore(options = {}) {
    return this.context.restore(options);
  }
};

// node_modules/@azure/storage-file-share/dist/esm/ShareServiceClient.js
function isShareGetUserDelegationKeyParameters(parameter) {
  if (!parameter || typeof parameter !== "object") {
    return false;
  }
  const castParameter = parameter;
  return castParameter.expiresOn instanceof Date;
}
var ShareServiceClient = class _ShareServiceClient extends StorageClient2 {
  /**
   * serviceContext provided by protocol layer.
   */
  serviceContext;
  shareClientConfig;
  /**
   *
   * Creates an instance of ShareServiceClient from connection string.
   *
   * @param connectionString - Account connection string or a SAS connection string of an Azure storage account.
   *                                  [ Note - Account connection string can only be used in NODE.JS runtime. ]
   *                                  Account connection string example -
   *                                  `DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=accountKey;EndpointSuffix=core.windows.net`
   *                                  SAS connection string example -
   *                                  `BlobEndpoint=https://myaccount.blob.core.windows.net/;QueueEndpoint=https://myaccount.queue.core.windows.net/;FileEndpoint=https://myaccount.file.core.windows.net/;TableEndpoint=https://myaccount.table.core.windows.net/;SharedAccessSignature=sasString`
   * @param options - Options to configure the HTTP pipeline.
   * @returns A new ShareServiceClient from the given connection string.
   */
  static fromConnectionString(connectionString, options) {
    const extractedCreds = extractConnectionStringParts(connectionString);
    if (extractedCreds.kind === "AccountConnString") {
      if (isNodeLike) {
        const sharedKeyCredential = new StorageSharedKeyCredential(extractedCreds.accountName, extractedCreds.accountKey);
        const pipeline2 = newPipeline2(sharedKeyCredential, options);
        return new _ShareServiceClient(extractedCreds.url, pipeline2, options);
      } else {
        throw new Error("Account connection string is only supported in Node.js environment");
      }
    } else if (extractedCreds.kind === "SASConnString") {
      const pipeline2 = newPipeline2(new AnonymousCredential(), options);
      return new _ShareServiceClient(extractedCreds.url + "?" + extractedCreds.accountSas, pipeline2, options);
    } else {
      throw new Error("Connection string must be either an Account connection string or a SAS connection string");
    }
  }
  constructor(url2, credentialOrPipeline, options) {
    let pipeline2;
    if (isPipelineLike(credentialOrPipeline)) {
      pipeline2 = credentialOrPipeline;
    } else if (credentialOrPipeline instanceof Credential || isTokenCredential(credentialOrPipeline)) {
      pipeline2 = newPipeline2(credentialOrPipeline, options);
    } else {
      pipeline2 = newPipeline2(new AnonymousCredential(), options);
    }
    super(url2, pipeline2);
    this.shareClientConfig = options;
    this.serviceContext = this.storageClientContext.service;
  }
  /**
   * Creates a ShareClient object.
   *
   * @param shareName - Name of a share.
   * @returns The ShareClient object for the given share name.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleCreateShareClient
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const shareClient = serviceClient.getShareClient(shareName);
   * await shareClient.create();
   * ```
   */
  getShareClient(shareName) {
    return new ShareClient(appendToURLPath(this.url, shareName), this.pipeline, this.shareClientConfig);
  }
  /**
   * Creates a Share.
   *
   * @param shareName -
   * @param options -
   * @returns Share creation response and the corresponding share client.
   */
  async createShare(shareName, options = {}) {
    return tracingClient.withSpan("ShareServiceClient-createShare", options, async (updatedOptions) => {
      const shareClient = this.getShareClient(shareName);
      const shareCreateResponse = await shareClient.create(updatedOptions);
      return {
        shareCreateResponse,
        shareClient
      };
    });
  }
  /**
   * Deletes a Share.
   *
   * @param shareName -
   * @param options -
   * @returns Share deletion response and the corresponding share client.
   */
  async deleteShare(shareName, options = {}) {
    return tracingClient.withSpan("ShareServiceClient-deleteShare", options, async (updatedOptions) => {
      const shareClient = this.getShareClient(shareName);
      return shareClient.delete(updatedOptions);
    });
  }
  /**
   * Gets the properties of a storage account’s file service, including properties
   * for Storage Analytics and CORS (Cross-Origin Resource Sharing) rules.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-file-service-properties
   *
   * @param options - Options to Get Properties operation.
   * @returns Response data for the Get Properties operation.
   */
  async getProperties(options = {}) {
    return tracingClient.withSpan("ShareServiceClient-getProperties", options, async (updatedOptions) => {
      return assertResponse(await this.serviceContext.getProperties({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Sets properties for a storage account’s file service endpoint, including properties
   * for Storage Analytics, CORS (Cross-Origin Resource Sharing) rules and soft delete settings.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-service-properties
   *
   * @param properties -
   * @param options - Options to Set Properties operation.
   * @returns Response data for the Set Properties operation.
   */
  async setProperties(properties2, options = {}) {
    return tracingClient.withSpan("ShareServiceClient-setProperties", options, async (updatedOptions) => {
      return assertResponse(await this.serviceContext.setProperties(properties2, {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Returns an AsyncIterableIterator for {@link ServiceListSharesSegmentResponse} objects
   *
   * @param marker - A string value that identifies the portion of
   *                          the list of shares to be returned with the next listing operation. The
   *                          operation returns the ContinuationToken value within the response body if the
   *                          listing operation did not return all shares remaining to be listed
   *                          with the current page. The ContinuationToken value can be used as the value for
   *                          the marker parameter in a subsequent call to request the next page of list
   *                          items. The marker value is opaque to the client.
   * @param options - Options to list shares operation.
   */
  async *listSegments(marker2, options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    let listSharesSegmentResponse;
    do {
      listSharesSegmentResponse = await this.listSharesSegment(marker2, options);
      marker2 = listSharesSegmentResponse.continuationToken;
      yield await listSharesSegmentResponse;
    } while (marker2);
  }
  /**
   * Returns an AsyncIterableIterator for share items
   *
   * @param options - Options to list shares operation.
   */
  async *listItems(options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    let marker2;
    for await (const segment of this.listSegments(marker2, options)) {
      if (segment.shareItems) {
        yield* segment.shareItems;
      }
    }
  }
  /**
   * Returns an async iterable iterator to list all the shares
   * under the specified account.
   *
   * .byPage() returns an async iterable iterator to list the shares in pages.
   *
   * Example using `for await` syntax:
   *
   * ```ts snippet:ReadmeSampleListShares
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * let i = 1;
   * for await (const share of serviceClient.listShares()) {
   *   console.log(`Share${i++}: ${share.name}`);
   * }
   * ```
   *
   * Example using `iter.next()`:
   *
   * ```ts snippet:ReadmeSampleListShares_Iterator
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareIter = serviceClient.listShares();
   * let i = 1;
   * let { value, done } = await shareIter.next();
   * while (!done) {
   *   console.log(`Share ${i++}: ${value.name}`);
   *   ({ value, done } = await shareIter.next());
   * }
   * ```
   *
   * Example using `byPage()`:
   *
   * ```ts snippet:ReadmeSampleListShares_ByPage
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * let i = 1;
   * for await (const response of serviceClient.listShares().byPage({ maxPageSize: 20 })) {
   *   console.log(`Page ${i++}:`);
   *   for (const share of response.shareItems || []) {
   *     console.log(`\tShare: ${share.name}`);
   *   }
   * }
   * ```
   *
   * Example using paging with a marker:
   *
   * ```ts snippet:ReadmeSampleListShares_Continuation
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * let iterator = serviceClient.listShares().byPage({ maxPageSize: 2 });
   * let response = (await iterator.next()).value;
   *
   * for await (const share of response.shareItems || []) {
   *   console.log(`\tShare: ${share.name}`);
   * }
   *
   * // Gets next marker
   * let marker = response.continuationToken;
   *
   * // Passing next marker as continuationToken
   * iterator = serviceClient.listShares().byPage({ continuationToken: marker, maxPageSize: 10 });
   * response = (await iterator.next()).value;
   *
   * for await (const share of response.shareItems || []) {
   *   console.log(`\tShare: ${share.name}`);
   * }
   * ```
   *
   * @param options - Options to list shares operation.
   *
   * An asyncIterableIterator that supports paging.
   */
  listShares(options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    const include2 = [];
    if (options.includeMetadata) {
      include2.push("metadata");
    }
    if (options.includeSnapshots) {
      include2.push("snapshots");
    }
    if (options.includeDeleted) {
      include2.push("deleted");
    }
    const updatedOptions = {
      ...options,
      ...include2.length > 0 ? { include: include2 } : {}
    };
    const iter = this.listItems(updatedOptions);
    return {
      /**
       * The next method, part of the iteration protocol
       */
      next() {
        return iter.next();
      },
      /**
       * The connection to the async iterator, part of the iteration protocol
       */
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * Return an AsyncIterableIterator that works a page at a time
       */
      byPage: (settings = {}) => {
        return this.listSegments(removeEmptyString(settings.continuationToken), {
          maxResults: settings.maxPageSize,
          ...updatedOptions
        });
      }
    };
  }
  /**
   * Gets the properties of a storage account's File service, including properties for Storage
   * Analytics metrics and CORS (Cross-Origin Resource Sharing) rules.
   *
   * @param marker - A string value that identifies the portion of
   *                          the list to be returned with the next list operation. The operation
   *                          returns a marker value within the response body if the list returned was
   *                          not complete. The marker value may then be used in a subsequent call to
   *                          request the next set of list items. The marker value is opaque to the
   *                          client.
   * @param options - Options to List Shares Segment operation.
   * @returns Response data for the List Shares Segment operation.
   */
  async listSharesSegment(marker2, options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    return tracingClient.withSpan("ShareServiceClient-listSharesSegment", options, async (updatedOptions) => {
      const res = assertResponse(await this.serviceContext.listSharesSegment({
        ...updatedOptions,
        ...this.shareClientConfig,
        marker: marker2
      }));
      if (res.shareItems) {
        for (let i = 0; i < res.shareItems.length; i++) {
          const protocolsStr = res.shareItems[i].properties.enabledProtocols;
          res.shareItems[i].properties.protocols = toShareProtocols(protocolsStr);
        }
      }
      return res;
    });
  }
  /**
   * Restores a previously deleted share.
   * This API is only functional if Share Soft Delete is enabled
   * for the storage account associated with the share.
   *
   * @param deletedShareName - The name of the previously deleted share.
   * @param deletedShareVersion - The version of the previously deleted share.
   * @param options - Options to Share undelete operation.
   * @returns Restored share.
   */
  async undeleteShare(deletedShareName2, deletedShareVersion2, options = {}) {
    return tracingClient.withSpan("ShareServiceClient-undeleteShare", options, async (updatedOptions) => {
      const shareClient = this.getShareClient(deletedShareName2);
      await new ShareClientInternal(shareClient.url, this.pipeline).restore({
        ...updatedOptions,
        ...this.shareClientConfig,
        deletedShareName: deletedShareName2,
        deletedShareVersion: deletedShareVersion2
      });
      return shareClient;
    });
  }
  /**
   * Only available for ShareServiceClient constructed with a shared key credential.
   *
   * Generates an account Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/create-account-sas
   *
   * @param expiresOn - Optional. The time at which the shared access signature becomes invalid. Default to an hour later if not specified.
   * @param permissions - Specifies the list of permissions to be associated with the SAS.
   * @param resourceTypes - Specifies the resource types associated with the shared access signature.
   * @param options - Optional parameters.
   * @returns An account SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateAccountSasUrl(expiresOn, permissions = AccountSASPermissions.parse("r"), resourceTypes = "sco", options = {}) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the account SAS when the client is initialized with a shared key credential");
    }
    if (expiresOn === void 0) {
      const now = /* @__PURE__ */ new Date();
      expiresOn = new Date(now.getTime() + 3600 * 1e3);
    }
    const sas = generateAccountSASQueryParameters({
      permissions,
      expiresOn,
      resourceTypes,
      services: AccountSASServices.parse("f").toString(),
      ...options
    }, this.credential).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   * Only available for ShareServiceClient constructed with a shared key credential.
   *
   * Generates string to sign for an account Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/create-account-sas
   *
   * @param expiresOn - Optional. The time at which the shared access signature becomes invalid. Default to an hour later if not specified.
   * @param permissions - Specifies the list of permissions to be associated with the SAS.
   * @param resourceTypes - Specifies the resource types associated with the shared access signature.
   * @param options - Optional parameters.
   * @returns An account SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateSasStringToSign(expiresOn, permissions = AccountSASPermissions.parse("r"), resourceTypes = "sco", options = {}) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the account SAS when the client is initialized with a shared key credential");
    }
    if (expiresOn === void 0) {
      const now = /* @__PURE__ */ new Date();
      expiresOn = new Date(now.getTime() + 3600 * 1e3);
    }
    return generateAccountSASQueryParametersInternal({
      permissions,
      expiresOn,
      resourceTypes,
      services: AccountSASServices.parse("f").toString(),
      ...options
    }, this.credential).stringToSign;
  }
  async getUserDelegationKey(startsOnOrParam, expiresOnOrOption, options = {}) {
    let startsOn = startsOnOrParam;
    let expiresOn = expiresOnOrOption;
    let userDelegationTid = void 0;
    let getUserDelegationKeyOptions = options;
    if (isShareGetUserDelegationKeyParameters(startsOnOrParam)) {
      startsOn = startsOnOrParam.startsOn;
      expiresOn = startsOnOrParam.expiresOn;
      userDelegationTid = startsOnOrParam.delegatedUserTenantId;
      getUserDelegationKeyOptions = expiresOnOrOption;
    }
    return tracingClient.withSpan("ShareServiceClient-getUserDelegationKey", getUserDelegationKeyOptions, async (updatedOptions) => {
      const response = assertResponse(await this.serviceContext.getUserDelegationKey({
        start: truncatedISO8061Date(startsOn, false),
        expiry: truncatedISO8061Date(expiresOn, false),
        delegatedUserTid: userDelegationTid
      }, {
        abortSignal: options.abortSignal,
        tracingOptions: updatedOptions.tracingOptions
      }));
      const userDelegationKey = {
        signedObjectId: response.signedObjectId,
        signedTenantId: response.signedTenantId,
        signedStartsOn: new Date(response.signedStartsOn),
        signedExpiresOn: new Date(response.signedExpiresOn),
        signedService: response.signedService,
        signedVersion: response.signedVersion,
        signedDelegatedUserTenantId: response.signedDelegatedUserTenantId,
        value: response.value
      };
      const res = {
        _response: response._response,
        requestId: response.requestId,
        clientRequestId: response.clientRequestId,
        version: response.version,
        date: response.date,
        ...userDelegationKey
      };
      return res;
    });
  }
};

// node_modules/@azure/storage-file-share/dist/esm/generatedModels.js
var KnownShareTokenIntent2;
(function(KnownShareTokenIntent3) {
  KnownShareTokenIntent3["Backup"] = "backup";
})(KnownShareTokenIntent2 || (KnownShareTokenIntent2 = {}));

// src/storage/file/client.ts
function fileSdkCredential(auth) {
  if (auth.kind === "key") return new StorageSharedKeyCredential(auth.account, auth.accountKey);
  if (auth.kind === "token") return auth.credential;
  return new AnonymousCredential();
}
async function openFileSide(loc, authInputs, hostCredential, tuning = retryTuning(), stats = { retries: 0 }) {
  const auth = await resolveAuth(loc, authInputs, hostCredential);
  const credential = fileSdkCredential(auth);
  const sharedKey = credential instanceof StorageSharedKeyCredential ? credential : void 0;
  const pipeline2 = newPipeline2(credential, { keepAliveOptions: { enable: true }, retryOptions: { maxTries: 1 } });
  const config = auth.kind === "token" ? { fileRequestIntent: "backup" } : {};
  const url2 = auth.kind === "sas" ? `${loc.serviceUrl}?${auth.sas}` : loc.serviceUrl;
  const service = new ShareServiceClient(url2, pipeline2, config);
  useAzcpPolicies(pipeline2, loc.serviceUrl, tuning, stats);
  return { loc, auth, sharedKey, service, share: service.getShareClient(loc.container), stats, tryTimeoutMs: tuning.tryTimeoutMs, oneFile: auth.kind === "sas" && isObjectSas(auth.sas, "f") };
}

// src/storage/etag.ts
function sameEtag(a, b) {
  return a.replace(/"/g, "") === b.replace(/"/g, "");
}

// src/storage/file/objects.ts
var fileClient = (c, path) => c.share.rootDirectoryClient.getFileClient(path);
var directoryClient = (c, path) => path === "" ? c.share.rootDirectoryClient : c.share.getDirectoryClient(path);
function accessFacts2(c, role) {
  return { role, account: c.loc.account, container: c.loc.container, serviceUrl: c.loc.serviceUrl, containerNoun: "share" };
}
var gone = (err) => statusOf(err) === 404;
async function getFileEntry(c, path, strip) {
  if (path === "") return void 0;
  try {
    const p = await fileClient(c, path).getProperties();
    const lastModifiedMs = p.lastModified?.getTime() ?? 0;
    return {
      name: path.slice(strip.length),
      fullName: path,
      size: p.contentLength ?? 0,
      mtimeMs: Math.round(p.fileLastWriteOn?.getTime() ?? lastModifiedMs),
      lastModifiedMs,
      md5: p.contentMD5 ? Buffer.from(p.contentMD5).toString("base64") : void 0,
      etag: p.etag,
      contentType: p.contentType,
      headers: { contentType: p.contentType, cacheControl: p.cacheControl, contentEncoding: p.contentEncoding, contentLanguage: p.contentLanguage, contentDisposition: p.contentDisposition },
      metadata: p.metadata
    };
  } catch (err) {
    if (gone(err)) return void 0;
    throw err;
  }
}
async function directoryExists(c, path) {
  if (path === "") return true;
  try {
    await directoryClient(c, path).getProperties();
    return true;
  } catch (err) {
    if (gone(err)) return false;
    throw err;
  }
}
async function deleteFile(c, path, listedEtag) {
  try {
    if (listedEtag) {
      const now = (await fileClient(c, path).getProperties()).etag;
      if (now && !sameEtag(now, listedEtag)) throw new DestinationChangedError("refused: the file was written again after it was listed (its ETag changed); it was not deleted. Run the job again to judge the new version");
    }
    await fileClient(c, path).delete();
  } catch (err) {
    if (gone(err)) return;
    throw err;
  }
}
async function deleteEmptyDirectory(c, path) {
  if (path === "") return false;
  try {
    await directoryClient(c, path).delete();
    return true;
  } catch (err) {
    if (gone(err)) return true;
    if (statusOf(err) === 409 && errorCodeOf(err) === "DirectoryNotEmpty") return false;
    throw err;
  }
}
async function shareExists(c) {
  try {
    return await c.share.exists();
  } catch (err) {
    if (statusOf(err) === 403) return true;
    throw err;
  }
}
async function makeShare(c) {
  return (await c.share.createIfNotExists()).succeeded;
}
async function probeShare(c, role) {
  if (c.oneFile) return probeFile(c, role);
  try {
    await c.share.rootDirectoryClient.listFilesAndDirectories().byPage({ maxPageSize: 1 }).next();
  } catch (err) {
    throw preflightError(err, accessFacts2(c, role));
  }
}
async function probeFile(c, role) {
  const path = c.loc.path.replace(/\/+$/, "");
  try {
    await fileClient(c, path).getProperties();
  } catch (err) {
    const code = statusOf(err) === 404 ? errorCodeOf(err) : void 0;
    if (code === "ResourceNotFound" && role === "destination") return;
    if (code === "ParentNotFound" && role === "destination") {
      throw new UsageError(`the destination "${c.loc.display}": its directory is not in share "${c.loc.container}", and a file SAS (sr=f) cannot make it; make it first or use a share SAS`);
    }
    if (code === "ResourceNotFound" || code === "ParentNotFound") {
      throw new UsageError(`the ${role} "${c.loc.display}" does not exist: no file ${path} in share "${c.loc.container}"`);
    }
    throw preflightError(err, accessFacts2(c, role));
  }
}

// src/storage/file/scope.ts
import { basename as basename4 } from "node:path";

// src/storage/file/list.ts
var PAGE = 5e3;
async function children(c, dir) {
  const out = [];
  const pages = directoryClient(c, dir).listFilesAndDirectories({ includeTimestamps: true, includeEtag: true }).byPage({ maxPageSize: PAGE });
  for await (const page of pages) {
    for (const d of page.segment.directoryItems) out.push({ key: `${d.name}/`, name: d.name, dir: true, size: 0 });
    for (const f of page.segment.fileItems) {
      const p = f.properties;
      out.push({ key: f.name, name: f.name, dir: false, size: p.contentLength ?? 0, lastWriteMs: p.lastWriteTime?.getTime(), lastModifiedMs: p.lastModified?.getTime(), etag: p.etag });
    }
  }
  return out.sort((a, b) => compareUtf8(a.key, b.key));
}
async function* listFiles(c, o) {
  yield* walk(c, o.dir, o, true);
}
async function* walk(c, dir, o, top) {
  let list;
  try {
    list = await children(c, dir);
  } catch (err) {
    if (statusOf(err) === 404) return;
    if (top || !o.onProblem) throw err;
    o.onProblem(dir, err.message ?? String(err));
    return;
  }
  const base = dir === "" ? "" : `${dir}/`;
  for (const ch of list) {
    const full = base + ch.name;
    if (ch.dir) {
      if (o.recursive) yield* walk(c, full, o, false);
      continue;
    }
    const lastModifiedMs = ch.lastModifiedMs ?? ch.lastWriteMs ?? 0;
    yield { name: full.slice(o.strip.length), fullName: full, size: ch.size, mtimeMs: Math.round(ch.lastWriteMs ?? lastModifiedMs), lastModifiedMs, etag: ch.etag };
  }
}
async function* emptyDirectories(c, dir, strip) {
  let list;
  try {
    list = await children(c, dir);
  } catch (err) {
    if (statusOf(err) === 404) return;
    throw err;
  }
  for (const ch of list) {
    if (!ch.dir) continue;
    const full = dir === "" ? ch.name : `${dir}/${ch.name}`;
    const inner = await children(c, full).catch(() => void 0);
    if (inner?.length === 0) yield full.slice(strip.length);
    else if (inner) yield* emptyDirectories(c, full, strip);
  }
}
async function directoriesUnder(c, dir) {
  const out = [];
  const visit = async (d) => {
    let list;
    try {
      list = await children(c, d);
    } catch (err) {
      if (statusOf(err) === 404) return;
      throw err;
    }
    for (const ch of list) if (ch.dir) await visit(d === "" ? ch.name : `${d}/${ch.name}`);
    out.push(d);
  };
  await visit(dir);
  return out;
}

// src/storage/file/scope.ts
var trimmed = (path) => path.replace(/\/+$/, "");
async function fileSourceScope(c, rules, ev) {
  const { command, recursive: recursive2 } = rules;
  const loc = c.loc;
  const path = trimmed(loc.path);
  const listing = (dir, strip2, rec, quiet) => listFiles(c, { dir, strip: strip2, recursive: rec, onProblem: quiet ? void 0 : (p, error) => ev.onProblem({ path: p, error }) });
  const under = (full, strip2, quiet) => listPath(c, full, strip2, (dir) => listing(dir, strip2, true, quiet));
  if (path === "" && !loc.contentsOnly && command === "copy") {
    const namePrefix = `${loc.container}/`;
    return {
      namePrefix,
      single: false,
      list: (quiet) => renamed(listing("", "", recursive2, quiet), namePrefix),
      listUnder: recursive2 ? (p, quiet) => renamed(under(trimmed(p), "", quiet), namePrefix) : void 0,
      emptyFolders: recursive2 ? () => prefixed(emptyDirectories(c, "", ""), namePrefix) : void 0
    };
  }
  if (loc.contentsOnly || path === "") {
    if (!await directoryExists(c, path)) throw new UsageError(`the source "${loc.display}" does not exist: no directory ${path} in share "${loc.container}"`);
    const prefix3 = withSlash(path);
    return {
      namePrefix: "",
      single: false,
      list: (quiet) => byWildcard(listing(path, prefix3, recursive2, quiet), loc.wildcard, ""),
      selects: loc.wildcard ? wildcardMatcher(loc.wildcard, "") : void 0,
      listUnder: recursive2 ? (p, quiet) => byWildcard(under(prefix3 + trimmed(p), prefix3, quiet), loc.wildcard, "") : void 0,
      emptyFolders: recursive2 ? () => emptyDirectories(c, path, prefix3) : void 0
    };
  }
  if (!loc.path.endsWith("/")) {
    const exact = await getFileEntry(c, path, parentPrefix(path));
    if (exact) return { namePrefix: "", single: true, list: () => one(exact) };
    if (c.oneFile) throw new UsageError(`the source "${loc.display}" does not exist: no file ${path} in share "${loc.container}"`);
  }
  if (!await directoryExists(c, path)) {
    throw new UsageError(`the source "${loc.display}" does not exist: no file or directory of that name in share "${loc.container}"`);
  }
  if (command === "copy" && !recursive2) {
    throw new UsageError(`the source "${loc.display}" is a directory, not a file: add --recursive to copy what is under it, or write ".../${basename4(path)}/*"`);
  }
  const prefix2 = `${path}/`;
  const strip = command === "copy" ? parentPrefix(path) : prefix2;
  return {
    namePrefix: prefix2.slice(strip.length),
    single: false,
    list: (quiet) => listing(path, strip, recursive2, quiet),
    listUnder: recursive2 ? (p, quiet) => under(prefix2 + trimmed(p), strip, quiet) : void 0,
    emptyFolders: recursive2 ? () => emptyDirectories(c, path, strip) : void 0
  };
}
async function* listPath(c, full, strip, directory) {
  const file = await getFileEntry(c, full, strip);
  if (file) {
    yield file;
    return;
  }
  yield* directory(full);
}
async function* prefixed(names, prefix2) {
  for await (const n of names) yield prefix2 + n;
}
function fileTarget(path) {
  const problem = fileNameProblem(path);
  return problem ? { reason: problem } : { target: path };
}
async function fileDestinationScope(c, source, rules) {
  const loc = c.loc;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  const path = trimmed(loc.path);
  if (source.single) {
    const exactName = path !== "" && !loc.path.endsWith("/") && !loc.contentsOnly && (c.oneFile || !await directoryExists(c, path)) ? path : void 0;
    const prefix3 = exactName ? "" : withSlash(path);
    const pathFor = (n) => exactName ?? prefix3 + n;
    return {
      list: () => foundAt(source.list(), (n) => getFileEntry(c, pathFor(n), "")),
      locate: (n) => fileTarget(pathFor(n))
    };
  }
  if (c.oneFile) throw new UsageError(`the destination "${loc.display}" has a file SAS (sr=f), which grants one file only, but the source is not one file: use a share SAS (sr=s)`);
  const prefix2 = withSlash(path);
  const root = trimmed(prefix2 + source.namePrefix);
  return {
    list: () => listFiles(c, { dir: root, strip: prefix2, recursive: rules.recursive }),
    listUnder: rules.recursive ? (p) => listPath(c, trimmed(prefix2 + source.namePrefix + p), prefix2, (dir) => listFiles(c, { dir, strip: prefix2, recursive: true })) : void 0,
    locate: (n) => fileTarget(prefix2 + n)
  };
}
async function fileTargetScope(c, use) {
  const loc = c.loc;
  const path = trimmed(loc.path);
  const single = path && !loc.path.endsWith("/") && !loc.contentsOnly ? await getFileEntry(c, path, "") : void 0;
  const prefix2 = withSlash(path);
  const strip = use === "list" ? prefix2 : "";
  const everything = (s) => listFiles(c, { dir: path, strip: s, recursive: true });
  return {
    single,
    async *list(signal) {
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, strip === "" ? prefix2 : "") : () => true;
      for await (const e of everything(strip)) {
        signal?.throwIfAborted();
        if (named(e.name)) yield e;
      }
    },
    async any() {
      for await (const _ of everything("")) return true;
      return false;
    },
    relist: () => single ? (async function* () {
      const still = await getFileEntry(c, single.fullName, "");
      if (still) yield still;
    })() : everything("")
  };
}

// src/storage/file/upload.ts
import { createHash as createHash7 } from "node:crypto";
var MAX_RANGE = 4 * 1024 * 1024;
var UNFINISHED = /* @__PURE__ */ new Date(0);
var PENDING_METADATA_KEY = "azcppending";
var SYMLINK_METADATA_KEY2 = "is_symlink";
var fingerprint = (s) => `${s.size}:${Math.round(s.mtimeMs)}`;
function headersFor2(path, s, md5) {
  const h = uploadHeaders(path, s);
  return {
    fileContentType: h.contentType,
    fileCacheControl: h.cacheControl,
    fileContentEncoding: h.contentEncoding,
    fileContentLanguage: h.contentLanguage,
    fileContentDisposition: h.contentDisposition,
    fileContentMD5: md5
  };
}
async function uploadToShare(c, source, path, s) {
  const client = fileClient(c, path);
  const link = source.linkTarget !== void 0;
  const base = s.props?.metadata ?? s.metadata;
  const metadata2 = link ? { ...base, [SYMLINK_METADATA_KEY2]: "true" } : { ...base };
  const lastWriteTime = new Date(Math.round(source.mtimeMs));
  const abortSignal = s.abortSignal;
  if (source.size <= MAX_RANGE || link) {
    return s.memory.run(link ? source.linkTarget.length : source.size, async () => {
      const body2 = link ? Buffer.from(source.linkTarget) : await readWhole(source.absPath, source.size);
      const md52 = createHash7("md5").update(body2).digest();
      const headers = headersFor2(path, s, md52);
      if (body2.length === 0) {
        await client.create(0, { fileHttpHeaders: headers, metadata: metadata2, lastWriteTime, abortSignal });
        return { bytes: 0, bytesSent: 0, rangesReused: 0 };
      }
      await client.create(body2.length, { metadata: metadata2, lastWriteTime: UNFINISHED, abortSignal });
      await client.uploadRange(body2, 0, body2.length, { abortSignal, fileLastWrittenMode: "Preserve" });
      await client.setProperties({ fileHttpHeaders: headers, lastWriteTime, abortSignal });
      s.onBytes?.(body2.length);
      return { bytes: body2.length, bytesSent: body2.length, rangesReused: 0 };
    });
  }
  const held2 = await rangesHeld(client, source, s);
  if (!held2) await client.create(source.size, { metadata: { ...metadata2, [PENDING_METADATA_KEY]: fingerprint(source) }, lastWriteTime: UNFINISHED, abortSignal });
  const { md5, sent, reused } = await sendRanges(client, source, held2 ?? [], s);
  await assertUnchanged(source.absPath, source.size, source.mtimeMs);
  await client.setProperties({ fileHttpHeaders: headersFor2(path, s, s.putMd5 ? md5 : void 0), lastWriteTime, abortSignal });
  await client.setMetadata(metadata2, { abortSignal });
  return { bytes: source.size, bytesSent: sent, rangesReused: reused };
}
async function rangesHeld(client, source, s) {
  let props;
  try {
    props = await client.getProperties({ abortSignal: s.abortSignal });
  } catch (err) {
    if (err.statusCode === 404) return void 0;
    throw err;
  }
  if (props.contentLength !== source.size || props.metadata?.[PENDING_METADATA_KEY] !== fingerprint(source)) return void 0;
  const list = await client.getRangeList({ abortSignal: s.abortSignal });
  return (list.rangeList ?? []).map((r) => ({ start: r.start, end: r.end }));
}
function covered(held2, start, end2) {
  return held2.some((r) => r.start <= start && r.end >= end2);
}
function sendRanges(client, source, held2, s) {
  return sendPiecesInOrder(
    source.absPath,
    source.size,
    MAX_RANGE,
    s,
    (p) => covered(held2, p.offset, p.offset + p.length - 1) ? void 0 : () => client.uploadRange(p.buf, p.offset, p.length, { abortSignal: s.abortSignal, fileLastWrittenMode: "Preserve" })
  );
}

// src/storage/file/download.ts
import { createHash as createHash8 } from "node:crypto";
import { open as open3, rm as rm3 } from "node:fs/promises";
import { dirname as dirname5 } from "node:path";
async function downloadFromShare(c, file, target, s) {
  const check = s.checkMd5 !== "NoCheck";
  if (check && !file.md5 && file.size > 0 && s.checkMd5 === "FailIfDifferentOrMissing") {
    throw new IntegrityError("the file has no Content-MD5, so its download cannot be verified (--check-md5 FailIfDifferentOrMissing); nothing was written");
  }
  await s.makeFolder(dirname5(target));
  const temp = tempPathFor(target);
  const whole = !!file.md5 && check;
  const inTransit = !file.md5 && check && file.size > 0;
  let verified = whole || check && file.size === 0 ? "end-to-end" : inTransit ? "in-transit" : "none";
  const client = fileClient(c, file.fullName);
  const handle = await open3(temp, "wx");
  try {
    const hash = whole ? createHash8("md5") : void 0;
    const ranges = Math.ceil(file.size / MAX_RANGE);
    const finished2 = /* @__PURE__ */ new Map();
    let nextToHash = 0;
    let mismatch;
    let unchecked = 0;
    let failure;
    let wake;
    const window = Math.max(2, Math.floor(s.memory.capacity / MAX_RANGE));
    const tasks = [];
    for (let i = 0; i < ranges && !failure; i++) {
      while (hash && i >= nextToHash + window && !failure) await new Promise((r) => wake = r);
      tasks.push(
        s.memory.run(Math.min(MAX_RANGE, file.size - i * MAX_RANGE), async () => {
          if (failure) return;
          const offset = i * MAX_RANGE;
          const count = Math.min(MAX_RANGE, file.size - offset);
          try {
            let reported = 0;
            const got = await withBodyRetries(
              c.stats,
              s.abortSignal,
              async (answered) => {
                reported = 0;
                const res = await client.download(offset, count, { abortSignal: s.abortSignal, rangeGetContentMD5: inTransit, maxRetryRequests: SDK_BODY_RETRIES });
                answered();
                const r = await writeRangeBody(res, handle, offset, count, {
                  idleMs: c.tryTimeoutMs,
                  keepChunks: !!hash,
                  checkInTransit: inTransit,
                  onBytes: (n) => {
                    reported += n;
                    s.onBytes?.(n);
                  }
                });
                if (r.unchecked) unchecked++;
                else if (r.mismatch) mismatch ??= r.mismatch;
                return r.chunks;
              },
              () => s.onBytes?.(-reported)
            );
            if (hash) {
              finished2.set(i, got);
              for (let parts = finished2.get(nextToHash); parts; parts = finished2.get(nextToHash)) {
                for (const p of parts) hash.update(p);
                finished2.delete(nextToHash++);
              }
            }
          } catch (err) {
            failure ??= err;
          } finally {
            wake?.();
          }
        })
      );
    }
    await Promise.all(tasks);
    if (failure) throw failure;
    await handle.close();
    const md5 = hash?.digest("base64");
    if (whole && md5 !== file.md5) mismatch = `MD5 mismatch: the file says ${file.md5}, the downloaded bytes hash to ${md5}`;
    if (mismatch) {
      if (s.checkMd5 === "LogOnly") s.onWarning?.(`${file.fullName}: ${mismatch}`);
      else throw new IntegrityError(mismatch);
    }
    if (unchecked) verified = "none";
    await commitTempFile(temp, target, file.mtimeMs);
    return { bytes: file.size, verified };
  } catch (err) {
    await handle.close().catch(() => {
    });
    await rm3(temp, { force: true });
    throw err;
  }
}

// src/storage/file/server-copy.ts
var defined2 = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
async function copyIntoShare(c, source, path, s) {
  const client = fileClient(c, path);
  const abortSignal = s.abortSignal;
  const explicit = s.props ?? { headers: { contentType: s.contentType, cacheControl: s.cacheControl }, metadata: s.metadata };
  const kept = s.preserveProperties ? { ...source.headers, contentType: source.contentType } : {};
  const h = { ...kept, ...defined2(explicit.headers) };
  const metadata2 = { ...s.preserveProperties ? source.metadata ?? {} : {}, ...explicit.metadata };
  delete metadata2.mtime;
  const fileHttpHeaders = {
    fileContentType: h.contentType,
    fileCacheControl: h.cacheControl,
    fileContentEncoding: h.contentEncoding,
    fileContentLanguage: h.contentLanguage,
    fileContentDisposition: h.contentDisposition,
    fileContentMD5: source.md5 ? Buffer.from(source.md5, "base64") : void 0
  };
  const lastWriteTime = new Date(Math.round(source.mtimeMs));
  if (source.size === 0) {
    await client.create(0, { fileHttpHeaders, metadata: metadata2, lastWriteTime, abortSignal });
    return { bytes: 0 };
  }
  let copied = false;
  if (!s.unsupported.has("putRangeFromUrl")) {
    await client.create(source.size, { metadata: metadata2, lastWriteTime: UNFINISHED, abortSignal });
    try {
      await rangesFromUrl(client, source, s);
      copied = true;
    } catch (err) {
      if (!isNotImplemented(err)) throw err;
      s.unsupported.add("putRangeFromUrl");
    }
  }
  if (!copied) {
    const started = await client.startCopyFromURL(source.url, { metadata: metadata2, abortSignal });
    let status = started.copyStatus;
    while (status === "pending") {
      await new Promise((r) => setTimeout(r, 500));
      status = (await client.getProperties({ abortSignal })).copyStatus;
    }
    if (status !== "success") throw new Error(`the service's copy ended as ${status ?? "unknown"}`);
    s.onBytes?.(source.size);
  }
  await client.setProperties({ fileHttpHeaders, lastWriteTime, abortSignal });
  return { bytes: source.size };
}
async function rangesFromUrl(client, source, s) {
  const count = Math.ceil(source.size / MAX_RANGE);
  let failure;
  await Promise.all(
    Array.from(
      { length: count },
      (_, i) => s.memory.run(2 * MAX_RANGE, async () => {
        if (failure) return;
        const offset = i * MAX_RANGE;
        const length = Math.min(MAX_RANGE, source.size - offset);
        try {
          await client.uploadRangeFromURL(source.url, offset, offset, length, { abortSignal: s.abortSignal, sourceAuthorization: source.authorization, fileLastWrittenMode: "Preserve" });
          s.onBytes?.(length);
        } catch (err) {
          failure ??= err;
        }
      })
    )
  );
  if (failure) throw failure;
}

// src/storage/file/copy-source.ts
async function fileCopySource(c, e, withProperties = false) {
  const full = e.md5 === void 0 || withProperties && !e.headers ? await getFileEntry(c, e.fullName, "") ?? e : e;
  const access = await fileAccess(c, e.fullName);
  return {
    ...access,
    size: full.size,
    mtimeMs: full.mtimeMs,
    md5: full.md5,
    contentType: full.contentType,
    metadata: full.metadata,
    ...withProperties && full.headers ? { headers: full.headers } : {}
  };
}
function fileAccess(c, path) {
  return sourceAccess({
    owner: c,
    auth: c.auth,
    url: `${c.loc.serviceUrl}/${encodeURIComponent(c.loc.container)}/${encodeObjectPath(path)}`,
    signReadSas: (startsOn, expiresOn) => generateFileSASQueryParameters({ shareName: c.loc.container, permissions: ShareSASPermissions.parse("r"), startsOn, expiresOn }, c.sharedKey).toString(),
    noun: "file"
  });
}

// src/storage/file/properties.ts
async function setFileProperties(c, e, props, parts) {
  const client = fileClient(c, e.fullName);
  if (parts.headers) {
    const h = props.headers;
    await client.setProperties({
      fileHttpHeaders: {
        fileContentType: h.contentType,
        fileCacheControl: h.cacheControl,
        fileContentEncoding: h.contentEncoding,
        fileContentLanguage: h.contentLanguage,
        fileContentDisposition: h.contentDisposition,
        fileContentMD5: e.md5 ? Buffer.from(e.md5, "base64") : void 0
      },
      lastWriteTime: "preserve"
    });
  }
  if (parts.metadata) {
    const own = {};
    for (const [k, v] of Object.entries(e.metadata ?? {})) if (k === SYMLINK_METADATA_KEY2) own[k] = v;
    await client.setMetadata({ ...props.metadata, ...own });
  }
}

// src/storage/file/side.ts
var parentOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
var fold = (name) => name.toUpperCase();
var FileSide = class {
  constructor(location, role, access) {
    this.location = location;
    this.role = role;
    this.access = access;
  }
  location;
  role;
  access;
  kind = "file";
  features = { remote: true, caseInsensitiveNames: true };
  nouns = { one: "file", many: "files", container: "share" };
  stats = { retries: 0 };
  conn;
  unsupported = /* @__PURE__ */ new Set();
  /** Per directory written into this job (by its case-folded path): the names it held, by their case-folded form. */
  directories = /* @__PURE__ */ new Map();
  /** The paths this job wrote, by their case-folded form: `A/x` and `a/x` are one file too. */
  claimed = /* @__PURE__ */ new Map();
  /** Directories that held a file this job deleted: emptied ones go in afterDeletes. */
  touched = /* @__PURE__ */ new Set();
  get containerName() {
    return this.location.container;
  }
  get c() {
    if (!this.conn) throw new Error("FileSide used before connect()");
    return this.conn;
  }
  async connect() {
    this.conn ??= await openFileSide(this.location, this.access.auth, this.access.credential, retryTuning(), this.stats);
  }
  checkAccess(needs) {
    const a = this.c.auth;
    if (a.kind !== "sas") return [];
    if (this.c.oneFile) return checkObjectSas(this.location, this.role, a.sas, needs, { one: "file", container: "share", sr: "f" });
    return checkSas(a.sas, this.role, sasLetters(needs));
  }
  probe() {
    return probeShare(this.c, this.role);
  }
  preflightError(err) {
    return preflightError(err, accessFacts2(this.c, this.role));
  }
  sourceScope(rules, events) {
    return fileSourceScope(this.c, rules, events);
  }
  async destinationScope(source, rules) {
    const scope = await fileDestinationScope(this.c, source, rules);
    return { ...scope, makeFolder: async (target) => void await this.namesIn(target.replace(/\/+$/, "")) };
  }
  targetScope(use) {
    return fileTargetScope(this.c, use);
  }
  async stat(target, name = target) {
    const e = await getFileEntry(this.c, target, "");
    return e && name !== target ? { ...e, name } : e;
  }
  properties(e) {
    return { fullName: e.fullName, size: e.size, lastModifiedMs: e.lastModifiedMs, md5: e.md5, contentType: e.contentType, headers: e.headers, etag: e.etag, metadata: e.metadata };
  }
  /** A listing carries no headers, metadata or Content-MD5: drift reads them per file (one Get File Properties). */
  async withProperties(e) {
    if (e.headers) return e;
    const full = await getFileEntry(this.c, e.fullName, "");
    if (!full) throw new Error("the file is no longer on the share");
    return { ...full, name: e.name };
  }
  setProperties(e, props, parts) {
    return setFileProperties(this.c, e, props, parts);
  }
  /** A listing carries no Content-MD5: it comes from the file's properties (--compare-hash md5). */
  async hash(e) {
    return e.md5 ?? (await getFileEntry(this.c, e.fullName, ""))?.md5;
  }
  /** Entries revived from deletions.jsonl keep fullName; a name is the path where none was stored. */
  async remove(e) {
    const path = e.fullName ?? e.name;
    const wrote = this.claimed.get(fold(path));
    if (wrote !== void 0 && wrote !== path) {
      throw new Error(`refused: "${wrote}" was written by this job, and Azure Files names that differ only by case are one file; deleting "${path}" would delete it`);
    }
    await deleteFile(this.c, path, e.etag || void 0);
    this.touched.add(parentOf(path));
  }
  /**
   * Directories the deletions emptied, deepest first, up to the location's
   * own directory; a remove of a whole directory (no filter) also takes the
   * directory itself and the empty ones below it. A directory still holding
   * anything stays.
   */
  async afterDeletes(o = {}) {
    if (this.c.oneFile) return void this.touched.clear();
    const root = this.location.path.replace(/\/+$/, "");
    const inScope = (d) => d !== "" && (root === "" || d === root || d.startsWith(`${root}/`));
    const candidates = /* @__PURE__ */ new Set();
    for (const d of this.touched) for (let at = d; inScope(at); at = parentOf(at)) candidates.add(at);
    if (this.role === "target" && o.wholeTree && root !== "" && !this.location.contentsOnly && !this.location.wildcard) {
      for (const d of await directoriesUnder(this.c, root)) candidates.add(d);
    }
    const order = [...candidates].sort((a, b) => b.split("/").length - a.split("/").length || (a < b ? 1 : -1));
    for (const d of order) {
      if (this.role === "destination" && d === root) continue;
      await deleteEmptyDirectory(this.c, d);
    }
    this.touched.clear();
  }
  containerExists() {
    return shareExists(this.c);
  }
  makeContainer() {
    return makeShare(this.c);
  }
  /** The names in `dir`, creating it (and its parents) if it is not there; once per directory per job. */
  namesIn(dir) {
    const key = fold(dir);
    let known = this.directories.get(key);
    if (!known) {
      known = (async () => {
        const names = /* @__PURE__ */ new Map();
        if (this.c.oneFile) return names;
        try {
          for await (const page of directoryClient(this.c, dir).listFilesAndDirectories().byPage({ maxPageSize: 5e3 })) {
            for (const f of page.segment.fileItems) names.set(fold(f.name), f.name);
            for (const d of page.segment.directoryItems) names.set(fold(d.name), d.name);
          }
        } catch (err) {
          if (statusOf(err) !== 404 || dir === "") throw err;
          await this.namesIn(parentOf(dir));
          try {
            await directoryClient(this.c, dir).create();
          } catch (e) {
            if (!(statusOf(e) === 409 && errorCodeOf(e) === "ResourceAlreadyExists")) throw e;
          }
        }
        return names;
      })();
      known.catch(() => this.directories.delete(key));
      this.directories.set(key, known);
    }
    return known;
  }
  /** Makes the target's directory and claims its path, or fails when a path differing only in case holds it. */
  async claim(target) {
    const why = "Azure Files names that differ only by case are one file";
    const earlier = this.claimed.get(fold(target));
    if (earlier !== void 0 && earlier !== target) throw new Error(`refused: "${earlier}" was written by this job, and ${why}; "${target}" would overwrite it`);
    this.claimed.set(fold(target), target);
    const dir = parentOf(target);
    const name = target.slice(dir === "" ? 0 : dir.length + 1);
    const names = await this.namesIn(dir);
    const held2 = names.get(fold(name));
    if (held2 !== void 0 && held2 !== name) {
      throw new Error(`refused: "${dir ? `${dir}/` : ""}${held2}" is already on the share, and ${why}; "${name}" would overwrite it`);
    }
    names.set(fold(name), name);
  }
  async writeFromFile(f, target, j, io, props) {
    await this.claim(target);
    const r = await uploadToShare(this.c, f, target, {
      putMd5: j.putMd5,
      contentType: j.contentType,
      guessMimeType: j.guessMimeType,
      cacheControl: j.cacheControl,
      metadata: j.metadata,
      props,
      memory: j.memory,
      abortSignal: j.signal,
      guessType: j.guessType,
      onBytes: io.onBytes
    });
    return { bytes: r.bytesSent, reusedBlocks: r.rangesReused || void 0 };
  }
  async readToFile(e, path, j, io) {
    const full = e.md5 === void 0 && j.checkMd5 !== "NoCheck" ? await getFileEntry(this.c, e.fullName, "") : e;
    if (!full) throw new Error("the file is no longer on the share");
    return downloadFromShare(this.c, { ...full, name: e.name }, path, {
      checkMd5: j.checkMd5,
      memory: j.memory,
      abortSignal: j.signal,
      onBytes: io.onBytes,
      onWarning: io.onWarning,
      makeFolder: j.makeFolder
    });
  }
  /** A file's headers and metadata always travel with it (the listing carries none, so they are read per file anyway). */
  copySource(e, withProperties) {
    return fileCopySource(this.c, e, withProperties);
  }
  async writeFromSource(s, target, j, io, props) {
    await this.claim(target);
    return copyIntoShare(this.c, s, target, {
      metadata: j.metadata,
      cacheControl: j.cacheControl,
      contentType: j.contentType,
      preserveProperties: j.s2sPreserveProperties,
      props,
      memory: j.memory,
      abortSignal: j.signal,
      unsupported: this.unsupported,
      onBytes: io.onBytes
    });
  }
};

// src/storage/file/backend.ts
var fileBackend = {
  kind: "file",
  claims: claimsFileUrl,
  claimsWhenTold: claimsFileUrlWhenTold,
  parse: (text, url2, role) => parseFileUrl(text, url2, role),
  nameProblem: fileNameProblem,
  // The registry only hands this backend the locations it parsed.
  open: (loc, role, access) => new FileSide(loc, role, access)
};

// src/storage/backends.ts
var LOCAL = localBackend;
var KIND_WORDS = { blob: "a blob URL", file: "a file share URL", local: "a local path" };
var URL_BACKENDS = [fileBackend, blobBackend];
var BY_KIND = new Map([LOCAL, ...URL_BACKENDS].map((b) => [b.kind, b]));
function backendOf(kind) {
  const b = BY_KIND.get(kind);
  if (!b) throw new Error(`no storage backend of kind "${kind}"`);
  return b;
}
function parseLocation(raw, role, told) {
  if (typeof raw !== "string" || raw.trim() === "") {
    throw new UsageError(`the ${role} is missing: give a local path or a blob URL such as https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH`);
  }
  const text = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const url2 = checkStorageUrl(text, role);
    if (told?.kind === "local") throw new UsageError(`${told.said} says the ${role} is a local path, but "${redact(text)}" is a URL`);
    let backend = URL_BACKENDS.find((b) => b.claims?.(url2));
    if (told && backend?.kind !== told.kind) {
      const named = backendOf(told.kind);
      if (!named.claimsWhenTold?.(url2)) {
        throw new UsageError(`${told.said} says the ${role} is ${KIND_WORDS[told.kind] ?? told.kind}, but "${redact(text)}" is ${backend ? KIND_WORDS[backend.kind] ?? backend.kind : "neither"}: correct one of them`);
      }
      backend = named;
    }
    if (!backend) throw new UsageError(unclaimedUrlMessage(url2, role));
    return backend.parse(text, url2, role);
  }
  if (told && told.kind !== "local") throw new UsageError(`${told.said} says the ${role} is ${KIND_WORDS[told.kind] ?? told.kind}, but "${redact(text)}" is a local path`);
  if (/^[a-z]{2,}:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
    throw new UsageError(`the ${role} "${redact(text)}" is neither a local path nor an http(s) URL`);
  }
  return LOCAL.parse(text, void 0, role);
}
function destinationProblem(loc) {
  if (!loc.path) return void 0;
  return backendOf(loc.kind).nameProblem?.(loc.path.replace(/\/+$/, ""));
}
function openSide(loc, role, access) {
  return backendOf(loc.kind).open(loc, role, access);
}

// src/contract/options.ts
var JOB_COMMANDS = ["copy", "sync", "remove", "list", "make"];
var MODES = [...JOB_COMMANDS, "merge"];
var OVERWRITE = ["true", "false", "ifSourceNewer"];
var COMPARE_HASH = ["none", "md5"];
var CHECK_MD5 = ["FailIfDifferent", "FailIfDifferentOrMissing", "LogOnly", "NoCheck"];
var ACCESS_TIERS = ["Hot", "Cool", "Cold", "Archive"];
var OUTPUT_TYPES = ["text", "json"];
var LOG_LEVELS = ["error", "warning", "info", "debug"];
var PURGE_FAILURE = ["fail", "warn"];
var FROM_TO = ["LocalBlob", "BlobLocal", "BlobBlob", "LocalFile", "FileLocal", "FileFile", "BlobFile", "FileBlob", "BlobTrash", "FileTrash"];

// src/job/overlap.ts
function endpointKey(loc) {
  const u = new URL(loc.serviceUrl);
  const host = ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname) ? "loopback" : u.hostname;
  return `${loc.kind}|${u.protocol}//${host}:${u.port}${u.pathname.replace(/\/+$/, "")}|${loc.container}`;
}
function segments(loc) {
  return loc.path.split("/").filter(Boolean);
}
function isWithin(inner, outer) {
  return outer.length <= inner.length && outer.every((s, i) => s === inner[i]);
}
function mayWriteIntoSource(source, destination) {
  return source.remote && destination.remote && endpointKey(source) === endpointKey(destination);
}
function refuseOverlap(source, destination, command, deleteDestination, flag) {
  if (!source.remote || !destination.remote) return;
  if (endpointKey(source) !== endpointKey(destination)) return;
  const s = segments(source);
  const d = segments(destination);
  const here = (l) => `${l.container}/${l.path.replace(/\/+$/, "")}`.replace(/\/$/, "");
  if (s.length === d.length && isWithin(d, s)) {
    throw new UsageError(`the source and the destination are the same (${here(source)}): give a destination that is not the source`);
  }
  if (command === "copy" && !source.contentsOnly && s.length > 0 && d.length === s.length - 1 && isWithin(s, d)) {
    throw new UsageError(
      `the copy would land on the source itself: ${here(source)} copied into ${here(destination) || destination.container} keeps its name there; give another destination folder`
    );
  }
  if (isWithin(d, s)) {
    throw new UsageError(
      `the destination ${here(destination)} is inside the source ${here(source)}: every ${command} would take its own output as source again (nesting deeper each run); choose a destination outside the source`
    );
  }
  if (command === "sync" && deleteDestination && isWithin(s, d)) {
    throw new UsageError(
      `the source ${here(source)} is inside the destination ${here(destination)}: ${flag("deleteDestination")} would delete the source itself; sync to a destination that does not contain the source`
    );
  }
}

// src/job/shard.ts
import { createHash as createHash9 } from "node:crypto";
import { hostname } from "node:os";
var MAX_SHARDS = 1e3;
function parseShardText(text, what) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
    throw new UsageError(`${what} must be I/N with 1 \u2264 I \u2264 N, e.g. 2/4; got "${text}"`);
  }
  if (Number(m[2]) > MAX_SHARDS) throw new UsageError(`${what} N must be at most ${MAX_SHARDS}; got "${text}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}
function wholeNumber(v, name) {
  if (!/^\s*\d+\s*$/.test(v)) throw new UsageError(`--shard auto: ${name} must be a whole number; got "${v}"`);
  return Number(v);
}
function resolveShard(text, flag, env = process.env) {
  if (text.trim().toLowerCase() !== "auto") return parseShardText(text, flag);
  const set = (k) => env[k] !== void 0 && env[k].trim() !== "";
  if (set("AZCP_SHARD")) return parseShardText(env.AZCP_SHARD, `${flag} auto: AZCP_SHARD`);
  if (set("SYSTEM_JOBPOSITIONINPHASE") || set("SYSTEM_TOTALJOBSINPHASE")) {
    if (!set("SYSTEM_JOBPOSITIONINPHASE") || !set("SYSTEM_TOTALJOBSINPHASE")) {
      throw new UsageError(`${flag} auto: Azure Pipelines sets SYSTEM_JOBPOSITIONINPHASE and SYSTEM_TOTALJOBSINPHASE together; only one is set`);
    }
    const i = wholeNumber(env.SYSTEM_JOBPOSITIONINPHASE, "SYSTEM_JOBPOSITIONINPHASE");
    const n = wholeNumber(env.SYSTEM_TOTALJOBSINPHASE, "SYSTEM_TOTALJOBSINPHASE");
    return parseShardText(`${i}/${n}`, `${flag} auto (SYSTEM_JOBPOSITIONINPHASE/SYSTEM_TOTALJOBSINPHASE)`);
  }
  if (set("JOB_COMPLETION_INDEX")) {
    if (!set("AZCP_SHARD_COUNT")) throw new UsageError(`${flag} auto: JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but AZCP_SHARD_COUNT is not: set it to the Job's completions`);
    const i = wholeNumber(env.JOB_COMPLETION_INDEX, "JOB_COMPLETION_INDEX");
    const n = wholeNumber(env.AZCP_SHARD_COUNT, "AZCP_SHARD_COUNT");
    return parseShardText(`${i + 1}/${n}`, `${flag} auto (JOB_COMPLETION_INDEX + 1 / AZCP_SHARD_COUNT)`);
  }
  throw new UsageError(
    `${flag} auto found no shard in the environment: it reads AZCP_SHARD (I/N), Azure Pipelines' SYSTEM_JOBPOSITIONINPHASE and SYSTEM_TOTALJOBSINPHASE, or a Kubernetes Indexed Job's JOB_COMPLETION_INDEX with AZCP_SHARD_COUNT`
  );
}
function placeOf(raw, display) {
  const text = typeof raw === "string" && raw.trim() ? raw.trim() : display ?? "";
  return /^https?:\/\//i.test(text) ? text.split("?")[0] : text;
}
function jobFingerprint(o) {
  const shaping = {
    v: 1,
    command: o.command,
    source: placeOf(o.inputs.source, o.source.display),
    destination: placeOf(o.inputs.destination, o.destination?.display),
    recursive: o.recursive,
    filters: o.filters,
    listOfFiles: o.listOfFiles ?? null,
    overwrite: o.overwrite,
    compareHash: o.compareHash,
    mirrorMode: o.mirrorMode,
    deleteDestination: o.deleteDestination,
    maxDelete: o.maxDelete ?? null,
    allowEmptySource: o.allowEmptySource,
    followSymlinks: o.followSymlinks,
    preserveSymlinks: o.preserveSymlinks,
    dryRun: o.dryRun,
    shards: o.shard?.count ?? null
  };
  return "sha256:" + createHash9("sha256").update(JSON.stringify(shaping)).digest("hex");
}
function runnerInfo(env = process.env) {
  if (env.GITHUB_ACTIONS === "true") return { name: env.RUNNER_NAME || hostname(), ci: "github", runId: env.GITHUB_RUN_ID || void 0 };
  if (env.TF_BUILD) return { name: env.AGENT_NAME || hostname(), ci: "azure-pipelines", runId: env.BUILD_BUILDID || void 0 };
  if (env.JOB_COMPLETION_INDEX !== void 0 && env.KUBERNETES_SERVICE_HOST) return { name: hostname(), ci: "kubernetes" };
  return { name: hostname() };
}

// src/contract/inputs.ts
var AUTH_TYPES = ["auto", "sas", "key", "connection-string", "workload-identity", "managed-identity", "azure-cli", "login"];
var CI_AUTH_TYPES = ["auto", "oidc", "sas", "key", "connectionString", "managedIdentity", "azureCli"];
var TRANSFER_STATUSES = ["Failed", "Skipped", "Completed", "Deleted", "DryRun", "Cancelled"];
var INPUTS = {
  mode: {
    kind: "choice",
    values: MODES,
    help: "What to do: copy, sync, remove, list, make (create a container) or merge (finish one job that shards ran: guards, deletions, one report).",
    ci: { stepDefault: "copy" }
  },
  source: {
    kind: "text",
    secret: "carrier",
    help: "Where from: a local path (file, folder, folder/* for its contents, or a wildcard in the last part) or a blob URL https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX].",
    ci: {}
  },
  destination: { kind: "text", secret: "carrier", help: "Where to (copy and sync): a local path or a blob URL.", ci: {} },
  fromTo: {
    kind: "choice",
    values: FROM_TO,
    help: "AzCopy's --from-to: the kinds of the two sides, LocalBlob | BlobLocal | BlobBlob | LocalFile | FileLocal | FileFile | BlobFile | FileBlob, or BlobTrash | FileTrash for remove, list and make. Needed only for a path-style URL of a file share not under AZCP_FILE_ENDPOINT; a contradiction with the URLs is refused.",
    example: "LocalFile",
    env: "AZCP_FILE_ENDPOINT",
    cli: { flag: "from-to" },
    ci: {}
  },
  recursive: {
    kind: "boolean",
    help: "Include subfolders (copy: off by default; sync: on).",
    cli: { flag: "recursive", for: { remove: { help: "Remove everything under the prefix." } } },
    ci: { stepDefault: "true" }
  },
  includePattern: {
    kind: "list",
    help: "Only names (the last path segment) matching these globs, ;-separated.",
    example: '"*.html;*.css"',
    cli: { flag: "include-pattern" },
    ci: { group: "filters" }
  },
  excludePattern: { kind: "list", help: "Leave out names matching these globs.", example: '"*.tmp;.DS_Store"', cli: { flag: "exclude-pattern" }, ci: { group: "filters" } },
  includePath: {
    kind: "list",
    help: "Only these relative paths (files or folders), ;-separated.",
    example: '"img;docs/index.md"',
    cli: { flag: "include-path" },
    ci: { group: "filters" }
  },
  excludePath: { kind: "list", help: "Leave out these relative paths.", example: '"drafts"', cli: { flag: "exclude-path" }, ci: { group: "filters" } },
  includeRegex: {
    kind: "list",
    help: "Only relative paths matching these regular expressions.",
    example: '"^2026/.*\\.csv$"',
    cli: { flag: "include-regex" },
    ci: { group: "filters" }
  },
  excludeRegex: { kind: "list", help: "Leave out relative paths matching these.", example: '"\\.bak$"', cli: { flag: "exclude-regex" }, ci: { group: "filters" } },
  includeAfter: {
    kind: "text",
    help: "Only objects modified at or after this ISO 8601 time.",
    example: "2026-01-01T00:00:00Z",
    cli: { flag: "include-after" },
    ci: { group: "filters" }
  },
  includeBefore: { kind: "text", help: "Only objects modified at or before this time.", example: "2026-06-30", cli: { flag: "include-before" }, ci: { group: "filters" } },
  listOfFiles: {
    kind: "text",
    help: "Act on these relative paths only: a file with one path a line (- reads standard input). The other filters apply too.",
    example: "files.txt",
    cli: { flag: "list-of-files" },
    ci: { group: "filters" }
  },
  overwrite: {
    kind: "choice",
    values: OVERWRITE,
    help: "true | false | ifSourceNewer (copy; default true).",
    example: "ifSourceNewer",
    cli: {
      flag: "overwrite",
      for: {
        sync: {
          help: "true (default): make the destination match the source, saying when that replaces a newer destination | ifSourceNewer: AzCopy's rule, transfer only when the source is newer and keep (and count) a newer destination."
        }
      }
    },
    ci: { manifestDefault: "true" }
  },
  deleteDestination: {
    kind: "boolean",
    help: "Delete destination objects that are not at the source (within the filters), after all transfers succeeded.",
    cli: { flag: "delete-destination" },
    ci: { stepDefault: "false" }
  },
  maxDelete: {
    kind: "text",
    help: "Refuse to delete more than this many objects, or this share of the destination (default 50%).",
    example: "100 | 10%",
    cli: {
      flag: "max-delete",
      for: { remove: { help: "Refuse to remove more than this many blobs, or this share of all the blobs under the URL (before filters).", example: "500 | 10%" } }
    },
    ci: {}
  },
  allowEmptySource: {
    kind: "boolean",
    help: "Accept a source with nothing in scope (otherwise the job fails and deletes nothing).",
    cli: { flag: "allow-empty-source" },
    ci: { stepDefault: "false" }
  },
  dryRun: {
    kind: "boolean",
    help: "Print and record what would be done; change nothing.",
    cli: { flag: "dry-run", for: { remove: { help: "Print what would be removed; remove nothing." } } },
    ci: { manifestDefault: "false" }
  },
  compareHash: {
    kind: "choice",
    values: COMPARE_HASH,
    help: "none | md5: compare by Content-MD5 (hashing local files) instead of modification time.",
    example: "md5",
    cli: { flag: "compare-hash" },
    ci: { group: "blob" }
  },
  mirrorMode: { kind: "boolean", help: "Transfer everything, whatever the destination holds.", cli: { flag: "mirror-mode" } },
  putMd5: {
    kind: "boolean",
    help: "Store the MD5 of every uploaded file as Content-MD5 (default true; --put-md5=false leaves it off files staged in blocks, as AzCopy does by default, so their downloads cannot be verified).",
    cli: { flag: "put-md5" },
    ci: { stepDefault: "true", group: "blob" }
  },
  checkMd5: {
    kind: "choice",
    values: CHECK_MD5,
    help: "FailIfDifferent | FailIfDifferentOrMissing | LogOnly | NoCheck: verify downloads against Content-MD5 (default FailIfDifferent; a blob without one is checked range by range in transit, and counted in the summary; FailIfDifferentOrMissing fails it instead).",
    example: "FailIfDifferentOrMissing",
    cli: { flag: "check-md5" },
    ci: { manifestDefault: "FailIfDifferent", group: "blob" }
  },
  blockSizeMb: {
    kind: "text",
    help: "Block size for uploads and ranged downloads in MiB (default 8; grows to stay under 50,000 blocks).",
    example: "16",
    cli: { flag: "block-size-mb" },
    ci: { group: "performance" }
  },
  concurrency: {
    kind: "text",
    help: "Transfers in flight (env AZCP_CONCURRENCY; default 16 per core, at most 64).",
    example: "32",
    env: "AZCP_CONCURRENCY",
    cli: { flag: "concurrency" },
    ci: { group: "performance" }
  },
  accessTier: {
    kind: "choice",
    values: ACCESS_TIERS,
    help: "Hot | Cool | Cold | Archive for uploaded blobs.",
    example: "Cool",
    cli: { flag: "access-tier" },
    ci: { group: "blob" }
  },
  contentType: {
    kind: "text",
    help: "Content-Type for every uploaded blob (default: guessed from the name).",
    example: "application/json",
    cli: { flag: "content-type" },
    ci: { group: "blob" }
  },
  noGuessMimeType: { kind: "boolean", help: "Do not guess Content-Type from names.", cli: { flag: "no-guess-mime-type" } },
  cacheControl: { kind: "text", help: "Cache-Control for uploaded blobs.", example: '"public, max-age=3600"', cli: { flag: "cache-control" }, ci: { group: "blob" } },
  metadata: { kind: "list", help: "Metadata for uploaded blobs, k=v;k2=v2.", example: '"team=web;build=1234"', cli: { flag: "metadata" }, ci: { group: "blob" } },
  // Static-site deploys (issue 13): per-path headers, safe order, CDN purge.
  headerRules: {
    kind: "text",
    help: "Header rules: a file, or the rules inline, one a line: GLOB  Header-Name: value (Cache-Control, Content-Type, Content-Encoding, Content-Language, Content-Disposition, x-ms-meta-NAME); the last matching line wins, # starts a comment.",
    example: "./site.rules",
    cli: { flag: "header-rules" },
    ci: { group: "blob", taskType: "multiLine" }
  },
  contentEncoding: { kind: "text", help: "Content-Encoding for uploaded blobs (a default under --header-rules).", example: "gzip", cli: { flag: "content-encoding" } },
  contentDisposition: { kind: "text", help: "Content-Disposition for uploaded blobs.", example: '"attachment"', cli: { flag: "content-disposition" } },
  contentLanguage: { kind: "text", help: "Content-Language for uploaded blobs.", example: "en-GB", cli: { flag: "content-language" } },
  blobTags: {
    kind: "text",
    help: "Blob index tags for written blobs, k=v&k2=v2 (at most 10; letters, digits, space and + - . / : = _).",
    example: '"team=web&release=42"',
    cli: { flag: "blob-tags" }
  },
  s2sPreserveProperties: {
    kind: "boolean",
    help: "Blob \u2192 blob: keep the source blob's headers, metadata and tags (default true; header flags and rules still win).",
    cli: { flag: "s2s-preserve-properties" }
  },
  s2sPreserveAccessTier: {
    kind: "boolean",
    help: "Blob \u2192 blob: give each copy its source's access tier (default false: the destination account's default, or --access-tier).",
    cli: { flag: "s2s-preserve-access-tier" }
  },
  uploadLast: {
    kind: "list",
    help: "Globs of files written only after every other transfer succeeded (default **/*.html when the destination container is $web); deletions come after them.",
    example: '"**/*.html;sw.js"',
    cli: { flag: "upload-last" },
    ci: { group: "blob" }
  },
  purgeCdn: {
    kind: "list",
    help: "After the job: purge what it wrote or deleted from these Azure Front Door (Standard/Premium) or Azure CDN endpoints, by ARM resource id.",
    example: "/subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Cdn/profiles/P/afdEndpoints/E",
    cli: { flag: "purge-cdn" },
    ci: { group: "blob" }
  },
  purgeWait: { kind: "boolean", help: "Wait until the purge has finished (default true).", cli: { flag: "purge-wait" }, ci: { manifestDefault: "true", group: "blob" } },
  purgeMaxPaths: {
    kind: "text",
    help: "Purge everything (/*) instead when more than this many paths changed (default 100).",
    example: "500",
    cli: { flag: "purge-max-paths" },
    ci: { group: "blob" }
  },
  purgeFailure: {
    kind: "choice",
    values: PURGE_FAILURE,
    help: "fail | warn: whether a failed purge fails the job (default fail; the files are live either way).",
    example: "warn",
    cli: { flag: "purge-failure" },
    ci: { manifestDefault: "fail", group: "blob" }
  },
  shard: {
    kind: "text",
    help: "Run shard I of N of one job spread over N machines (a stable split by name); its deletions wait for the merge (azcp jobs merge). auto: I and N from Azure Pipelines parallel jobs, a Kubernetes Indexed Job (with AZCP_SHARD_COUNT) or AZCP_SHARD.",
    example: "2/4 | auto",
    env: "AZCP_SHARD, SYSTEM_JOBPOSITIONINPHASE, SYSTEM_TOTALJOBSINPHASE, JOB_COMPLETION_INDEX, AZCP_SHARD_COUNT",
    cli: { flag: "shard" },
    ci: { group: "performance" }
  },
  shardsFrom: {
    kind: "list",
    help: "merge: the folder that holds the shards' job folders (downloaded artifacts), or the folders themselves.",
    ci: { group: "performance" }
  },
  followSymlinks: {
    kind: "boolean",
    help: "Local source: follow links to folders as well as to files (a loop is reported and not followed). Without it a linked folder is left out, and sync deletes nothing under it.",
    cli: { flag: "follow-symlinks" }
  },
  preserveSymlinks: {
    kind: "boolean",
    help: "Local source: upload each link as a blob holding the link target (metadata is_symlink=true) instead of what it points at.",
    cli: { flag: "preserve-symlinks" }
  },
  authType: {
    kind: "choice",
    values: AUTH_TYPES,
    help: "auto | sas | key | connection-string | workload-identity | managed-identity | azure-cli | login. auto: SAS in the URL, then AZCP_ACCOUNT_KEY / AZURE_STORAGE_KEY, AZCP_CONNECTION_STRING, then the azcp login session, then Entra ID. login: the session azcp login saved.",
    example: "azure-cli",
    cli: { flag: "auth" },
    ci: { stepDefault: "auto", group: "auth", values: CI_AUTH_TYPES }
  },
  clientId: {
    kind: "text",
    help: "oidc: the client (application) id of the Entra app or user-assigned managed identity with the federated credential.",
    env: "AZURE_CLIENT_ID",
    ci: { group: "auth" }
  },
  tenantId: {
    kind: "text",
    help: "oidc: the Entra tenant (directory) id.",
    env: "AZURE_TENANT_ID",
    cli: { flag: "tenant-id", for: { login: { help: "The Entra tenant (directory) id or domain (default: organizations; env AZURE_TENANT_ID).", example: "contoso.onmicrosoft.com" } } },
    ci: { group: "auth" }
  },
  audience: {
    kind: "text",
    help: "oidc: the audience of the GitHub ID token; must match the federated credential.",
    ci: { stepDefault: "api://AzureADTokenExchange", group: "auth" }
  },
  sasToken: { kind: "text", secret: "value", help: "A SAS token (pass it from a secret).", env: "AZCP_SAS_TOKEN, AZURE_STORAGE_SAS_TOKEN", ci: { group: "auth" } },
  accountKey: {
    kind: "text",
    secret: "value",
    help: "The storage account key (pass it from a secret).",
    env: "AZCP_ACCOUNT_KEY, AZURE_STORAGE_KEY, AZURE_STORAGE_ACCOUNT_KEY",
    ci: { group: "auth" }
  },
  connectionString: {
    kind: "text",
    secret: "value",
    help: "A storage connection string (pass it from a secret).",
    env: "AZCP_CONNECTION_STRING, AZURE_STORAGE_CONNECTION_STRING",
    ci: { group: "auth" }
  },
  azureSubscription: {
    kind: "text",
    help: "Azure Pipelines only (the service connection); not used on GitHub.",
    ci: { taskType: "connectedService:AzureRM", hostOnly: true }
  },
  artifactName: { kind: "text", help: "Name of the artifact that holds the job folder (default: azcp-JOB_ID).", ci: { group: "evidence", hostOnly: true } },
  uploadArtifact: {
    kind: "boolean",
    help: "Upload the job folder (report.json, transfers.jsonl, azcp.log, summary.md) as a workflow artifact.",
    ci: { stepDefault: "true", group: "evidence", hostOnly: true }
  },
  artifactRetentionDays: {
    kind: "text",
    help: "Days to keep the artifact (1 or more; capped at the repository's maximum).",
    example: "14",
    ci: { group: "evidence", hostOnly: true }
  },
  summary: { kind: "boolean", help: "Add the job summary to the workflow run's summary page.", ci: { stepDefault: "true", group: "evidence", hostOnly: true } },
  failOnMismatch: {
    kind: "boolean",
    help: "Fail the step when the destination does not match the source after the transfer; when false, only warn.",
    ci: { stepDefault: "true", group: "evidence" }
  },
  jobDir: {
    kind: "text",
    help: "Where job folders go (env AZCP_JOB_DIR; default ~/.azcp/jobs).",
    example: "./.azcp-jobs",
    env: "AZCP_JOB_DIR",
    cli: { flag: "job-dir", for: { jobs: { help: "Where job folders are (env AZCP_JOB_DIR).", example: "" } } }
  },
  outputType: {
    kind: "choice",
    values: OUTPUT_TYPES,
    help: "text | json: json prints AzCopy's JSON lines on stdout (TimeStamp, MessageType, MessageContent), nothing else; EndOfJob carries the report.",
    example: "json",
    cli: { flag: "output-type", for: { jobs: { help: "text | json (jobs list and show: plain JSON; resume: JSON lines).", example: "" } } }
  },
  logLevel: {
    kind: "choice",
    values: LOG_LEVELS,
    help: "error | warning | info | debug (what is printed; the job log keeps everything).",
    example: "warning",
    cli: { flag: "log-level" }
  },
  withStatus: {
    kind: "choice",
    values: TRANSFER_STATUSES,
    help: "show: only transfers with this status (Failed, Skipped, Completed, Deleted, DryRun, Cancelled).",
    cli: { flag: "with-status" }
  },
  sourceSas: {
    kind: "text",
    secret: "value",
    help: "resume: the SAS for the source URL (SAS tokens are never stored in the job folder).",
    cli: { flag: "source-sas" }
  },
  destinationSas: { kind: "text", secret: "value", help: "resume: the SAS for the destination URL.", cli: { flag: "destination-sas" } },
  olderThanDays: { kind: "text", help: "clean: only jobs that ended at least this many days ago.", cli: { flag: "older-than-days" } },
  // azcp login: how to sign in once for later commands (AzCopy's flag names).
  servicePrincipal: { kind: "boolean", help: "Sign in as a service principal: --application-id and a secret in AZCP_CLIENT_SECRET, or --certificate-path.", cli: { flag: "service-principal" } },
  applicationId: { kind: "text", help: "The application (client) id of the service principal.", example: "00000000-0000-0000-0000-000000000000", cli: { flag: "application-id" } },
  certificatePath: { kind: "text", help: "A PEM file with the service principal's certificate and private key.", example: "./sp.pem", cli: { flag: "certificate-path" } },
  identity: { kind: "boolean", help: "Sign in with the managed identity of this machine.", cli: { flag: "identity" } },
  identityClientId: { kind: "text", help: "A user-assigned managed identity, by client id.", cli: { flag: "identity-client-id" } },
  identityResourceId: { kind: "text", help: "A user-assigned managed identity, by resource id.", cli: { flag: "identity-resource-id" } },
  federatedTokenFile: { kind: "text", help: "Workload identity: a file holding the federated token (with --application-id and --tenant-id).", example: "/var/run/secrets/azure/tokens/azure-identity-token", cli: { flag: "federated-token-file" } },
  azureCli: { kind: "boolean", help: "Use the Azure CLI's sign-in (az login) for later commands.", cli: { flag: "azure-cli" } },
  authorityHost: { kind: "text", help: "The Entra authority (sovereign clouds; env AZURE_AUTHORITY_HOST).", example: "https://login.microsoftonline.us", env: "AZURE_AUTHORITY_HOST", cli: { flag: "authority-host" } }
};
var ROWS = INPUTS;
var INPUT_KEYS = Object.keys(INPUTS);
var inputRow = (key) => ROWS[key];
var STEP_INPUTS = INPUT_KEYS.filter((k) => ROWS[k].ci);
var ci = (k) => ROWS[k].ci;
var STEP_DEFAULTS = Object.fromEntries(
  STEP_INPUTS.flatMap((k) => ci(k).stepDefault === void 0 ? [] : [[k, ci(k).stepDefault]])
);
var HOST_ONLY = new Set(STEP_INPUTS.filter((k) => ci(k).hostOnly));
var SECRET_INPUTS = STEP_INPUTS.filter((k) => ROWS[k].secret === "value");
var SECRET_CARRIERS = STEP_INPUTS.filter((k) => ROWS[k].secret === "carrier");
var SECRET_BEARING_INPUTS = [...SECRET_INPUTS, ...SECRET_CARRIERS];
var kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
var flagOf = (key) => `--${ROWS[key]?.cli?.flag ?? kebab(key)}`;

// src/job/publish/blob-tags.ts
var MAX_TAGS = 10;
var TAG_CHARS = /^[A-Za-z0-9 +\-./:=_]*$/;
function parseBlobTags(text, flag) {
  if (text === void 0 || text.trim() === "") return void 0;
  const out = {};
  for (const pair of text.split("&")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`${flag} entries are key=value joined by '&'; got "${pair}"`);
    let key, value;
    try {
      key = decodeURIComponent(pair.slice(0, eq));
      value = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      throw new UsageError(`${flag} "${pair}" has a broken %-escape`);
    }
    if (key.length > 128) throw new UsageError(`${flag} key "${key.slice(0, 20)}\u2026" is longer than the service's 128 characters`);
    if (value.length > 256) throw new UsageError(`${flag} value of "${key}" is longer than the service's 256 characters`);
    for (const [what, s] of [["key", key], ["value", value]]) {
      if (!TAG_CHARS.test(s)) throw new UsageError(`${flag} ${what} "${s}" may hold only letters, digits, space and + - . / : = _ (the service's rule for tags)`);
    }
    if (key in out) throw new UsageError(`${flag} key "${key}" is given twice`);
    out[key] = value;
  }
  if (Object.keys(out).length > MAX_TAGS) throw new UsageError(`${flag} has ${Object.keys(out).length} tags; a blob can carry at most ${MAX_TAGS}`);
  return out;
}

// src/job/publish/options.ts
import { readFileSync } from "node:fs";

// src/engine/header-rules.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
var HEADER_NAMES = {
  cacheControl: "Cache-Control",
  contentType: "Content-Type",
  contentEncoding: "Content-Encoding",
  contentLanguage: "Content-Language",
  contentDisposition: "Content-Disposition"
};
var FIELD_OF = new Map(Object.entries(HEADER_NAMES).map(([f, n]) => [n.toLowerCase(), f]));
var META_PREFIX = "x-ms-meta-";
var RESERVED_METADATA = ["mtime", "is_symlink"];
function valueProblem(value) {
  const bad = /[^\t\x20-\x7e]/.exec(value);
  if (!bad) return void 0;
  const c = bad[0];
  if (c === "\r" || c === "\n") return "holds a line break (CR or LF), which would split the HTTP header";
  return `holds U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}; header values can hold only printable ASCII`;
}
function parseHeaderRules(text, origin) {
  const rules = [];
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  lines.forEach((raw, i) => {
    const line = i + 1;
    const fail = (why) => {
      throw new UsageError(`${origin} line ${line}: ${why} (in "${raw.replace(/[^\x20-\x7e]/g, "?").slice(0, 120)}")`);
    };
    const text2 = raw.replace(/(^|\s)#.*$/, "").trim();
    if (text2 === "") return;
    if (/\r/.test(raw)) fail("holds a line break (a carriage return, CR) inside the line");
    const m = /^(\S+)\s+([^\s:]+)\s*:(.*)$/.exec(text2);
    if (!m) fail("a rule is GLOB, whitespace, then Header-Name: value");
    const [, glob, name, rawValue] = m;
    const value = rawValue.trim();
    const problem = globProblem(glob);
    if (problem) fail(`the glob "${glob}" ${problem}`);
    const vp = valueProblem(value);
    if (vp) fail(`the value of ${name} ${vp}`);
    if (value === "") fail(`${name} has no value`);
    const lower = name.toLowerCase();
    const rule = { line, glob, value, matches: (0, import_picomatch3.default)(glob, { dot: true, windows: false }) };
    const field = FIELD_OF.get(lower);
    if (field) rule.field = field;
    else if (lower.startsWith(META_PREFIX)) {
      const meta = name.slice(META_PREFIX.length);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(meta)) fail(`the metadata name "${meta}" must start with a letter or '_' and hold only letters, digits and '_'`);
      if (RESERVED_METADATA.includes(meta.toLowerCase())) fail(`the metadata name "${meta}" is one azcp sets itself (${RESERVED_METADATA.join(", ")})`);
      rule.meta = meta;
    } else {
      fail(`unknown header "${name}": rules set ${Object.values(HEADER_NAMES).join(", ")} or x-ms-meta-NAME`);
    }
    rules.push(rule);
  });
  return { origin, rules };
}
var ENCODING_SUFFIX = /\.(br|gz|gzip|zst|zstd|deflate)$/i;
function resolveHeaders(path, rules, defaults) {
  const headers = {};
  const setBy = {};
  for (const f of Object.keys(HEADER_NAMES)) {
    if (defaults[f] !== void 0) {
      headers[f] = defaults[f];
      setBy[HEADER_NAMES[f]] = "flag";
    }
  }
  const metadata2 = {};
  const metaKey = /* @__PURE__ */ new Map();
  const setMeta = (name, value, by) => {
    const old = metaKey.get(name.toLowerCase());
    if (old !== void 0) {
      delete metadata2[old];
      delete setBy[META_PREFIX + old];
    }
    metaKey.set(name.toLowerCase(), name);
    metadata2[name] = value;
    setBy[META_PREFIX + name] = by;
  };
  for (const [k, v] of Object.entries(defaults.metadata)) setMeta(k, v, "flag");
  for (const r of rules?.rules ?? []) {
    if (!r.matches(path)) continue;
    const by = `${rules.origin}:${r.line}`;
    if (r.field) {
      headers[r.field] = r.value;
      setBy[HEADER_NAMES[r.field]] = by;
    } else setMeta(r.meta, r.value, by);
  }
  const typeFrom = headers.contentEncoding !== void 0 ? path.replace(ENCODING_SUFFIX, "") : path;
  return { headers, metadata: metadata2, setBy, typeFrom };
}
function headerDrift(wanted, actual, compareMetadata) {
  const out = [];
  for (const f of Object.keys(HEADER_NAMES)) {
    if ((wanted.headers[f] ?? "") !== (actual.headers[f] ?? "")) out.push(HEADER_NAMES[f]);
  }
  if (compareMetadata) {
    const norm = (m) => new Map(Object.entries(m).filter(([k]) => !RESERVED_METADATA.includes(k.toLowerCase())).map(([k, v]) => [k.toLowerCase(), v]));
    const w = norm(wanted.metadata);
    const a = norm(actual.metadata);
    const names = /* @__PURE__ */ new Set([...w.keys(), ...a.keys()]);
    for (const n of [...names].sort()) if (w.get(n) !== a.get(n)) out.push(META_PREFIX + n);
  }
  return out;
}

// src/job/publish/options.ts
var CDN_ENDPOINT_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Cdn\/profiles\/[^/]+\/(afdEndpoints|endpoints)\/[^/]+$/i;
var looksInline = (v) => /[\r\n]/.test(v) || /^\s*\S+\s+[^\s:]+\s*:/.test(v);
function parseHeaderRulesInput(raw, flag) {
  const v = raw.headerRules;
  if (typeof v !== "string" || v.trim() === "") return void 0;
  if (looksInline(v)) return parseHeaderRules(v, flag);
  const path = v.trim();
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`${flag} "${path}" cannot be read: ${e.code ?? e.message}`);
  }
  return parseHeaderRules(text, path);
}
function parseGlobList(list, flag) {
  for (const g of list) {
    const problem = globProblem(g);
    if (problem) throw new UsageError(`${flag} "${g}" ${problem}`);
  }
  return list;
}
function parsePurge(raw, endpoints, destinationRemote, f, bool) {
  if (endpoints.length === 0) return void 0;
  if (!destinationRemote) throw new UsageError(`${f("purgeCdn")} purges what a job writes to a container: the ${f("destination")} must be a container URL`);
  for (const id of endpoints) {
    if (!CDN_ENDPOINT_ID.test(id)) {
      throw new UsageError(
        `${f("purgeCdn")} "${id}" is not the ARM id of a CDN endpoint: /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Cdn/profiles/PROFILE/afdEndpoints/NAME (Front Door Standard/Premium) or .../endpoints/NAME (classic CDN)`
      );
    }
  }
  const maxText = typeof raw.purgeMaxPaths === "string" ? raw.purgeMaxPaths.trim() : "";
  let maxPaths = 100;
  if (maxText !== "") {
    if (!/^\d+$/.test(maxText) || Number(maxText) < 1 || Number(maxText) > 1e4) throw new UsageError(`${f("purgeMaxPaths")} must be a whole number from 1 to 10000; got "${maxText}"`);
    maxPaths = Number(maxText);
  }
  const failText = typeof raw.purgeFailure === "string" ? raw.purgeFailure.trim().toLowerCase() : "";
  if (failText !== "" && !PURGE_FAILURE.includes(failText)) throw new UsageError(`${f("purgeFailure")} must be one of ${PURGE_FAILURE.join(", ")}; got "${raw.purgeFailure}"`);
  return { endpoints, wait: bool("purgeWait", true), maxPaths, failure: failText || "fail" };
}

// src/job/publish/upload-last-globs.ts
var STATIC_WEBSITE_CONTAINER = "$web";
var DEFAULT_UPLOAD_LAST = ["**/*.html"];
function uploadLastGlobs(o) {
  if (o.uploadLast) return o.uploadLast;
  const d = o.destination;
  return d?.remote && d.container === STATIC_WEBSITE_CONTAINER ? DEFAULT_UPLOAD_LAST : [];
}

// src/job/options.ts
var DEFAULT_CONCURRENCY = Math.min(64, Math.max(16, cpus().length * 16));
function str(raw, key) {
  const v = raw[key];
  if (v === void 0 || v === null) return void 0;
  const s = String(v).trim();
  return s === "" ? void 0 : s;
}
function parseBool(raw, key, fallback, flag = key) {
  const v = raw[key];
  if (v === void 0 || v === "") return fallback;
  if (typeof v === "boolean") return v;
  const s = v.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(s)) return true;
  if (["false", "no", "0", "off"].includes(s)) return false;
  throw new UsageError(`${flag} must be true or false, not "${v}"`);
}
function oneOf(raw, key, allowed, fallback, flag) {
  const v = str(raw, key);
  if (v === void 0) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (!hit) throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${v}"`);
  return hit;
}
function parseList(value) {
  if (value === void 0 || typeof value === "boolean") return [];
  return value.split(/[;\r\n]+/).map((s) => s.trim()).filter(Boolean);
}
function numberText(raw, key, flag, example) {
  const v = raw[key];
  if (typeof v === "string" && v.trim() === "") throw new UsageError(`${flag} is empty: give a number, e.g. ${flag} ${example}, or leave the option out`);
  return str(raw, key);
}
function positiveInt(raw, key, flag, min, max) {
  const v = numberText(raw, key, flag, String(min));
  if (v === void 0) return void 0;
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`${flag} must be from ${min} to ${max}; got ${n}`);
  return n;
}
function parseDate(raw, key, flag) {
  const v = str(raw, key);
  if (v === void 0) return void 0;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    throw new UsageError(`${flag} must be an ISO 8601 date or time such as 2026-01-31 or 2026-01-31T12:00:00Z; got "${v}"`);
  }
  const t = Date.parse(v);
  const [y, m, d] = v.slice(0, 10).split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(t) || day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
    throw new UsageError(`${flag} is not a real date: "${v}"`);
  }
  return t;
}
var DEFAULT_SYNC_MAX_DELETE = { percent: 50 };
function parseMaxDelete(value, flag = "--max-delete") {
  if (value === void 0) return DEFAULT_SYNC_MAX_DELETE;
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(value.trim());
  if (!m) throw new UsageError(`${flag} must be a count (e.g. 100) or a percentage of the destination (e.g. 10%); got "${value}"`);
  const n = Number(m[1]);
  if (m[2]) {
    if (n < 0 || n > 100) throw new UsageError(`${flag} percentage must be from 0% to 100%; got ${value}`);
    return { percent: n };
  }
  if (!Number.isInteger(n)) throw new UsageError(`${flag} count must be a whole number; got ${value}`);
  return { count: n };
}
function headerSafe(value, what) {
  if (value === void 0) return;
  const bad = /[^\t\x20-\x7e]/.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new UsageError(`${what} can hold only printable ASCII characters (it travels as an HTTP header); found U+${code}`);
  }
}
var RESERVED_METADATA2 = ["mtime", "is_symlink"];
function parseMetadata(value) {
  const out = {};
  for (const pair of parseList(value)) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--metadata entries are key=value; got "${pair}"`);
    const key = pair.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new UsageError(`--metadata key "${key}" must start with a letter or '_' and hold only letters, digits and '_'`);
    if (RESERVED_METADATA2.includes(key.toLowerCase())) throw new UsageError(`--metadata key "${key}" is one azcp sets itself (${RESERVED_METADATA2.join(", ")}); choose another name`);
    const twin = Object.keys(out).find((k) => k.toLowerCase() === key.toLowerCase());
    if (twin !== void 0) throw new UsageError(`--metadata key "${key}" is given twice${twin === key ? "" : ` (as "${twin}": metadata names ignore case)`}; give each key once`);
    out[key] = pair.slice(eq + 1).trim();
  }
  return out;
}
function validRegexes(list, flag) {
  for (const r of list) {
    try {
      new RegExp(r);
    } catch (e) {
      throw new UsageError(`${flag} "${r}" is not a valid regular expression: ${e.message}`);
    }
  }
  return list;
}
function validGlobs(list, flag) {
  for (const p of list) {
    const problem = globProblem(p);
    if (problem) throw new UsageError(`${flag} "${p}" ${problem}`);
  }
  return list;
}
var FROM_TO_KIND = { Local: "local", Blob: "blob", File: "file" };
function fromToKinds(fromTo, twoSided, command, flag) {
  const [, from, to] = /^(Local|Blob|File)(Local|Blob|File|Trash)$/.exec(fromTo);
  if (twoSided === (to === "Trash")) {
    throw new UsageError(twoSided ? `${flag} ${fromTo} is for remove, list and make; ${command} takes a pair such as LocalFile or FileBlob` : `${command} takes one URL: give ${flag} ${from}Trash, not ${fromTo}`);
  }
  return { source: FROM_TO_KIND[from], destination: to === "Trash" ? void 0 : FROM_TO_KIND[to] };
}
var AUTH_ALIASES = {
  auto: "auto",
  sas: "sas",
  key: "key",
  "connection-string": "connection-string",
  connectionstring: "connection-string",
  "workload-identity": "workload-identity",
  workloadidentity: "workload-identity",
  oidc: "oidc",
  "managed-identity": "managed-identity",
  managedidentity: "managed-identity",
  "azure-cli": "azure-cli",
  azurecli: "azure-cli",
  login: "login"
};
function parseJobOptions(raw, flagName = (k) => k) {
  const f = flagName;
  const mode = oneOf(raw, "mode", MODES, "copy", f("mode"));
  if (mode === "merge") throw new UsageError(`${f("mode")} merge takes its options from the shards' job folders: azcp jobs merge FOLDER... (CI: shardsFrom)`);
  const command = mode;
  const twoSided = command === "copy" || command === "sync";
  const sourceText = str(raw, "source");
  if (!sourceText) {
    throw new UsageError(twoSided ? `${f("source")} is missing: say what to ${command} from` : `${f("source")} is missing: give the blob URL to ${command}`);
  }
  const fromTo = str(raw, "fromTo") === void 0 ? void 0 : oneOf(raw, "fromTo", FROM_TO, "LocalBlob", f("fromTo"));
  const kinds = fromTo ? fromToKinds(fromTo, twoSided, command, f("fromTo")) : void 0;
  const source = parseLocation(sourceText, twoSided ? "source" : "target", kinds && { kind: kinds.source, said: `${f("fromTo")} ${fromTo}` });
  let destination;
  if (twoSided) {
    const destText = str(raw, "destination");
    if (!destText) throw new UsageError(`${f("destination")} is missing: say where to ${command} to`);
    destination = parseLocation(destText, "destination", kinds && { kind: kinds.destination, said: `${f("fromTo")} ${fromTo}` });
    if (!source.remote && !destination.remote) {
      throw new UsageError(`both ${f("source")} and ${f("destination")} are local paths; one of them must be a blob URL`);
    }
    const problem = destinationProblem(destination);
    if (problem) throw new UsageError(`the ${f("destination")} cannot be written: ${problem}`);
  } else {
    if (str(raw, "destination")) throw new UsageError(`${command} takes one URL; ${f("destination")} is not used`);
    if (!source.remote) throw new UsageError(`${command} works on a blob URL, not a local path: "${source.display}"`);
  }
  const filters = {
    includePattern: validGlobs(parseList(raw.includePattern), f("includePattern")),
    excludePattern: validGlobs(parseList(raw.excludePattern), f("excludePattern")),
    includePath: parseList(raw.includePath).map((p) => p.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "")),
    excludePath: parseList(raw.excludePath).map((p) => p.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "")),
    includeRegex: validRegexes(parseList(raw.includeRegex), f("includeRegex")),
    excludeRegex: validRegexes(parseList(raw.excludeRegex), f("excludeRegex")),
    includeAfter: parseDate(raw, "includeAfter", f("includeAfter")),
    includeBefore: parseDate(raw, "includeBefore", f("includeBefore"))
  };
  if (filters.includeAfter !== void 0 && filters.includeBefore !== void 0 && filters.includeAfter > filters.includeBefore) {
    throw new UsageError(`${f("includeAfter")} is later than ${f("includeBefore")}: nothing could match`);
  }
  const deleteDestination = parseBool(raw, "deleteDestination", false, f("deleteDestination"));
  if (deleteDestination && command !== "sync") throw new UsageError(`${f("deleteDestination")} only applies to sync`);
  if (destination) refuseOverlap(source, destination, command, deleteDestination, f);
  const compareHash = oneOf(raw, "compareHash", COMPARE_HASH, "none", f("compareHash"));
  const mirrorMode = parseBool(raw, "mirrorMode", false, f("mirrorMode"));
  if (mirrorMode && compareHash === "md5") throw new UsageError(`${f("mirrorMode")} copies everything; it cannot be combined with ${f("compareHash")} md5`);
  const overwrite = oneOf(raw, "overwrite", OVERWRITE, "true", f("overwrite"));
  if (command === "sync" && overwrite === "false") {
    throw new UsageError(`${f("overwrite")} false does not apply to sync: use copy ${f("overwrite")} false to add only what is missing, or sync ${f("overwrite")} ifSourceNewer to keep destination objects newer than their source`);
  }
  if (command === "sync" && overwrite === "ifSourceNewer" && mirrorMode) {
    throw new UsageError(`${f("mirrorMode")} transfers everything, which contradicts ${f("overwrite")} ifSourceNewer (keep a newer destination): choose one`);
  }
  if (command !== "sync" && (str(raw, "compareHash") || raw.mirrorMode !== void 0)) {
    throw new UsageError(`${f(str(raw, "compareHash") ? "compareHash" : "mirrorMode")} only applies to sync`);
  }
  const blockSizeMb = numberText(raw, "blockSizeMb", f("blockSizeMb"), "8");
  let blockSize;
  if (blockSizeMb !== void 0) {
    const n = /^\d+(?:\.\d+)?$/.test(blockSizeMb) ? Number(blockSizeMb) : NaN;
    if (!Number.isFinite(n) || n <= 0 || n > 4e3) throw new UsageError(`${f("blockSizeMb")} must be a number of MiB above 0 and at most 4000; got "${blockSizeMb}"`);
    blockSize = Math.round(n * 1024 * 1024);
    if (blockSize < 1) throw new UsageError(`${f("blockSizeMb")} is too small`);
  }
  const envConcurrency = process.env.AZCP_CONCURRENCY;
  let concurrency = positiveInt(raw, "concurrency", f("concurrency"), 1, 1024);
  if (concurrency === void 0 && envConcurrency) {
    concurrency = positiveInt({ concurrency: envConcurrency }, "concurrency", "AZCP_CONCURRENCY", 1, 1024);
  }
  const shardText = numberText(raw, "shard", f("shard"), "2/4");
  if (shardText && !twoSided) throw new UsageError(`${f("shard")} splits a copy or sync over N machines; ${command} runs whole`);
  const shard = shardText ? resolveShard(shardText, f("shard")) : void 0;
  if (shard && parseList(raw.purgeCdn).length > 0) throw new UsageError(`${f("purgeCdn")} cannot be combined with ${f("shard")}: purge the CDN in a step after the merge (a later sync with --purge-cdn, or the CDN's own purge)`);
  if (str(raw, "listOfFiles") && !twoSided) throw new UsageError(`${f("listOfFiles")} applies to copy and sync`);
  const authText = (str(raw, "authType") ?? str({ authType: raw.auth }, "authType") ?? "auto").toLowerCase();
  const authKind = AUTH_ALIASES[authText];
  if (!authKind) throw new UsageError(`${f("authType")} must be one of auto, sas, key, connection-string, workload-identity, managed-identity, azure-cli, login; got "${authText}"`);
  const auth = {
    kind: authKind,
    clientId: str(raw, "clientId"),
    tenantId: str(raw, "tenantId"),
    audience: str(raw, "audience"),
    sasToken: str(raw, "sasToken")?.replace(/^\?/, ""),
    accountKey: str(raw, "accountKey"),
    connectionString: str(raw, "connectionString")
  };
  registerInputSecrets(auth);
  const accessTierText = str(raw, "accessTier");
  const accessTier2 = accessTierText ? oneOf(raw, "accessTier", ACCESS_TIERS, "Hot", f("accessTier")) : void 0;
  const followSymlinks = parseBool(raw, "followSymlinks", false, f("followSymlinks"));
  const preserveSymlinks = parseBool(raw, "preserveSymlinks", false, f("preserveSymlinks"));
  if (followSymlinks && preserveSymlinks) {
    throw new UsageError(`${f("followSymlinks")} and ${f("preserveSymlinks")} exclude each other: follow links to copy what they point at, or preserve them to copy the links themselves`);
  }
  const jobDir = str(raw, "jobDir") ?? process.env.AZCP_JOB_DIR ?? join5(homedir(), ".azcp", "jobs");
  const options = {
    command,
    fromTo,
    source,
    destination,
    // sync works on whole trees by default (as AzCopy's sync does); copy asks.
    recursive: parseBool(raw, "recursive", command === "sync", f("recursive")),
    filters,
    overwrite,
    dryRun: parseBool(raw, "dryRun", false, f("dryRun")),
    deleteDestination,
    maxDelete: numberText(raw, "maxDelete", f("maxDelete"), "10%") === void 0 ? void 0 : parseMaxDelete(str(raw, "maxDelete"), f("maxDelete")),
    allowEmptySource: parseBool(raw, "allowEmptySource", false, f("allowEmptySource")),
    compareHash,
    mirrorMode,
    followSymlinks,
    preserveSymlinks,
    // Every blob azcp writes carries Content-MD5 unless told otherwise, so that
    // any later download can be verified.
    putMd5: parseBool(raw, "putMd5", true, f("putMd5")),
    checkMd5: oneOf(raw, "checkMd5", CHECK_MD5, "FailIfDifferent", f("checkMd5")),
    blockSize,
    concurrency: concurrency ?? DEFAULT_CONCURRENCY,
    accessTier: accessTier2,
    contentType: str(raw, "contentType"),
    guessMimeType: !parseBool(raw, "noGuessMimeType", false, f("noGuessMimeType")),
    cacheControl: str(raw, "cacheControl"),
    metadata: parseMetadata(str(raw, "metadata")),
    headers: { contentEncoding: str(raw, "contentEncoding"), contentDisposition: str(raw, "contentDisposition"), contentLanguage: str(raw, "contentLanguage") },
    headerRules: twoSided ? parseHeaderRulesInput(raw, f("headerRules")) : void 0,
    blobTags: parseBlobTags(str(raw, "blobTags"), f("blobTags")),
    s2sPreserveProperties: parseBool(raw, "s2sPreserveProperties", true, f("s2sPreserveProperties")),
    s2sPreserveAccessTier: parseBool(raw, "s2sPreserveAccessTier", false, f("s2sPreserveAccessTier")),
    uploadLast: raw.uploadLast === void 0 || parseList(raw.uploadLast).length === 0 ? void 0 : parseGlobList(parseList(raw.uploadLast), f("uploadLast")),
    purge: twoSided ? parsePurge(raw, parseList(raw.purgeCdn), destination?.remote === true, f, (k, d) => parseBool(raw, k, d, f(k))) : void 0,
    shard,
    listOfFiles: str(raw, "listOfFiles"),
    auth,
    jobDir,
    outputType: oneOf(raw, "outputType", OUTPUT_TYPES, "text", f("outputType")),
    logLevel: oneOf(raw, "logLevel", LOG_LEVELS, "info", f("logLevel")),
    failOnMismatch: parseBool(raw, "failOnMismatch", true, f("failOnMismatch")),
    commandLine: String(raw.commandLine ?? ""),
    // job.json keeps the shard this run resolved (--shard auto): a resume
    // on another runner is the same shard.
    inputs: shard && String(raw.shard).trim().toLowerCase() === "auto" ? { ...raw, shard: `${shard.index}/${shard.count}` } : raw
  };
  headerSafe(options.contentType, f("contentType"));
  headerSafe(options.cacheControl, f("cacheControl"));
  headerSafe(options.headers.contentEncoding, f("contentEncoding"));
  headerSafe(options.headers.contentDisposition, f("contentDisposition"));
  headerSafe(options.headers.contentLanguage, f("contentLanguage"));
  for (const [key, value] of Object.entries(options.metadata)) headerSafe(value, `${f("metadata")} value of "${key}"`);
  const last = shard ? uploadLastGlobs(options) : [];
  if (last.length) {
    const why = options.uploadLast ? "" : " (the default for a $web container)";
    throw new UsageError(`${f("uploadLast")} ${JSON.stringify(last.join(";"))}${why} cannot be combined with ${f("shard")}: each shard would put its pages live before the other shards had written what they reference; deploy the site as one job, without ${f("shard")}`);
  }
  if (options.accessTier === "Archive" && command === "sync") {
    throw new UsageError(`${f("accessTier")} Archive cannot be used with sync: archived blobs cannot be read back to compare`);
  }
  if (options.blockSize !== void 0 && options.blockSize > 4e3 * 1024 * 1024) {
    throw new UsageError(`${f("blockSizeMb")} is above Azure's 4000 MiB block limit`);
  }
  return options;
}

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/job/printable.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function printable2(text) {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/job/evidence/format.ts
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${ms} ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
function throughput(bytes, ms) {
  if (ms <= 0 || bytes === 0) return "\u2014";
  return `${formatBytes(Math.round(bytes / ms * 1e3))}/s`;
}

// src/job/evidence/progress-line.ts
var RateMeter = class _RateMeter {
  static WINDOW_MS = 1e4;
  samples = [];
  /** Records a snapshot and returns the rate in bytes per second. */
  add(p) {
    this.samples.push({ at: p.elapsedMs, bytes: p.bytes });
    while (this.samples.length > 2 && p.elapsedMs - this.samples[1].at >= _RateMeter.WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    const span = p.elapsedMs - first.at;
    if (this.samples.length < 2 || span <= 0) return p.elapsedMs > 0 ? p.bytes / p.elapsedMs * 1e3 : 0;
    return (p.bytes - first.bytes) / span * 1e3;
  }
};
function rateAndEta(p, rate) {
  const secs = p.elapsedMs / 1e3;
  const bytesPerSecond = rate ?? (secs > 0 ? p.bytes / secs : 0);
  if (!p.listingComplete || p.phase === "done") return { bytesPerSecond };
  const left = Math.max(0, p.bytesPlanned - p.bytes);
  if (left === 0) return { bytesPerSecond, etaSeconds: 0 };
  return bytesPerSecond > 0 ? { bytesPerSecond, etaSeconds: Math.ceil(left / bytesPerSecond) } : { bytesPerSecond };
}
function formatEta(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
function progressLine(p, rate) {
  const total = p.total ?? p.scanned;
  const done = p.transferred + p.skipped + p.failed;
  const more = p.listingComplete ? "" : "+";
  const parts = [`[${p.phase}] ${done}/${total}${more} files`];
  const pct = p.bytesPlanned > 0 ? ` ${Math.min(100, p.bytes / p.bytesPlanned * 100).toFixed(1)}%` : "";
  parts.push(p.bytesPlanned > 0 ? `${formatBytes(p.bytes)}/${formatBytes(p.bytesPlanned)}${more}${pct}` : formatBytes(p.bytes));
  const { bytesPerSecond, etaSeconds } = rateAndEta(p, rate);
  parts.push(bytesPerSecond > 0 ? `${formatBytes(Math.round(bytesPerSecond))}/s` : "\u2014/s");
  if (etaSeconds !== void 0) parts.push(`ETA ${formatEta(etaSeconds)}`);
  if (p.skipped) parts.push(`${p.skipped} skipped`);
  if (p.failed) parts.push(`${p.failed} failed`);
  if (p.deleted) parts.push(`${p.deleted} deleted`);
  const retries = p.retries ?? 0;
  parts.push(`${retries} ${retries === 1 ? "retry" : "retries"}`);
  return parts.join(" \xB7 ");
}

// src/job/shard-set.ts
import { existsSync, lstatSync as lstatSync2, readdirSync as readdirSync2, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import { join as join6, resolve as resolve4 } from "node:path";
var isJobFolder = (dir) => existsSync(join6(dir, "job.json"));
function readJsonAt(path, valid) {
  let value;
  try {
    value = JSON.parse(readFileSync2(path, "utf8"));
  } catch (e) {
    throw new Error(`${path} cannot be read: ${e.message}`);
  }
  if (!value || typeof value !== "object" || !valid(value)) throw new Error(`${path} is not what azcp writes there`);
  return value;
}
function findShardFolders(given) {
  const out = [];
  const subfolders = (dir) => readdirSync2(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith(".")).map((d) => join6(dir, d.name)).sort();
  for (const g of given) {
    const dir = resolve4(g);
    if (!existsSync(dir) || !statSync3(dir).isDirectory()) throw new UsageError(`shard folder "${g}" does not exist or is not a folder`);
    if (isJobFolder(dir)) {
      out.push({ dir, given: true });
      continue;
    }
    const found = [];
    for (const sub of subfolders(dir)) {
      if (isJobFolder(sub)) found.push(sub);
      else for (const subsub of subfolders(sub)) if (isJobFolder(subsub)) found.push(subsub);
    }
    if (!found.length) throw new UsageError(`"${g}" holds no azcp job folder (a folder with job.json), nor do its subfolders`);
    out.push(...found.map((d) => ({ dir: d, given: false })));
  }
  return out;
}
var SHARD_FILES = ["job.json", "report.json", "deletions.jsonl", "transfers.jsonl", "list-of-files.txt"];
function refuseLinks(dir) {
  for (const f of SHARD_FILES) {
    let st;
    try {
      st = lstatSync2(join6(dir, f));
    } catch {
      continue;
    }
    if (!st.isFile()) throw new UsageError(`${join6(dir, f)} is not a regular file (a link?); azcp writes only files in a job folder, so this one was not made by a shard; nothing was merged`);
  }
}
function shardOfInputs(inputs) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(String(inputs.shard ?? ""));
  return m ? { index: Number(m[1]), count: Number(m[2]) } : void 0;
}
function readShardSet(given, fingerprintOf) {
  const seen = /* @__PURE__ */ new Set();
  const shards = [];
  for (const { dir, given: named } of findShardFolders(given)) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    refuseLinks(dir);
    let manifest;
    let report;
    try {
      manifest = readJsonAt(join6(dir, "job.json"), (m) => typeof m.inputs === "object" && m.inputs !== null && typeof m.jobId === "string");
      report = existsSync(join6(dir, "report.json")) ? readJsonAt(join6(dir, "report.json"), (r) => typeof r.status === "string" && typeof r.counts === "object") : void 0;
    } catch (e) {
      if (!named) continue;
      throw new UsageError(`shard folder ${dir}: ${e.message}`);
    }
    const jobId = manifest.jobId;
    const shard = shardOfInputs(manifest.inputs);
    if (!shard && !named) continue;
    if (!shard) throw new UsageError(`${dir} is not a shard: job ${jobId} ran without --shard, so it is a whole job of its own and there is nothing to merge`);
    shards.push({ dir, jobId, manifest, report, ...shard });
  }
  if (!shards.length) throw new UsageError(`no shard job folder in ${given.join(", ")}: the folders found ran without --shard`);
  const first = shards[0];
  const fp = fingerprintOf(first.manifest.inputs);
  for (const s of shards) {
    const own = fingerprintOf(s.manifest.inputs);
    if (own !== fp) {
      throw new UsageError(
        `shards of different jobs: ${s.dir} (shard ${s.index}/${s.count}) is not of the same job as ${first.dir}: source, destination, filters or options differ (fingerprints ${own.slice(0, 19)}\u2026 and ${fp.slice(0, 19)}\u2026); nothing was merged`
      );
    }
    if (s.report?.fingerprint && s.report.fingerprint !== own) throw new UsageError(`${s.dir}: report.json names another job than its job.json (fingerprint differs); nothing was merged`);
    if (s.count !== first.count) throw new UsageError(`${s.dir} is shard ${s.index} of ${s.count}, ${first.dir} one of ${first.count}: one job has one shard count; nothing was merged`);
  }
  const byIndex = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const twin = byIndex.get(s.index);
    if (twin) throw new UsageError(`shard ${s.index}/${s.count} is given twice (${twin.dir} and ${s.dir}); give each shard's job folder once`);
    byIndex.set(s.index, s);
  }
  const lists = new Set(shards.map((s) => s.report?.listOfFiles?.digest).filter(Boolean));
  if (lists.size > 1) throw new UsageError(`the shards read different --list-of-files lists (${lists.size} digests): one job has one list; nothing was merged`);
  const runs = new Set(shards.map((s) => s.report?.shardPlan?.runner.runId).filter(Boolean));
  if (runs.size > 1) throw new UsageError(`the shards ran in different CI runs (${[...runs].join(", ")}): shards of one job run in one; nothing was merged`);
  return shards.sort((a, b) => a.index - b.index);
}

// src/job/merge-options.ts
var MERGE_OWN = [
  "jobDir",
  "outputType",
  "logLevel",
  "authType",
  "auth",
  "clientId",
  "tenantId",
  "audience",
  "sasToken",
  "accountKey",
  "connectionString",
  "concurrency",
  "failOnMismatch"
];
function fingerprintOfInputs(inputs) {
  return jobFingerprint(parseJobOptions(inputs));
}
function mergeOptions(raw, f = (k) => k) {
  const given = parseList(raw.shardsFrom);
  if (!given.length) throw new UsageError(`${f("shardsFrom")} is missing: give the shard job folders, or a folder that holds them (downloaded artifacts)`);
  const shards = readShardSet(given, fingerprintOfInputs);
  const inputs = { ...shards[0].manifest.inputs };
  for (const side of ["source", "destination"]) {
    const own = raw[side];
    if (typeof own === "string" && own.trim() && placeOf(own, void 0) !== placeOf(inputs[side], void 0)) {
      throw new UsageError(`the merge's ${f(side)} "${placeOf(own, void 0)}" is not the shards' (${placeOf(inputs[side], void 0)}); a merge takes its source and destination from the shards, so leave it out or give theirs`);
    }
  }
  delete inputs.shard;
  for (const k of MERGE_OWN) if (raw[k] !== void 0) inputs[k] = raw[k];
  for (const side of ["source", "destination"]) {
    const sas = raw[`${side}Sas`];
    if (typeof sas === "string" && sas && typeof inputs[side] === "string") inputs[side] = `${String(inputs[side]).split("?")[0]}?${sas.replace(/^\?/, "")}`;
  }
  const job = parseJobOptions(inputs, f);
  if (job.command !== "copy" && job.command !== "sync") throw new UsageError(`only copy and sync run as shards; these shards are of ${job.command}`);
  return {
    ...job,
    // The whole job, no longer one shard of it; its count stays in merge.
    shard: void 0,
    merge: { folders: shards.map((s) => s.dir) },
    commandLine: String(raw.commandLine ?? ""),
    // job.json of the merge: what was asked of the merge (a rerun merges again).
    inputs: raw
  };
}

// src/job/evidence/lock.ts
import { closeSync, linkSync, openSync, readFileSync as readFileSync3, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname as hostname2 } from "node:os";
import { join as join7 } from "node:path";
var LOCK_FILE = "job.lock";
var JobLockedError = class extends GuardError {
  constructor(message, lock) {
    super(message);
    this.lock = lock;
  }
  lock;
  name = "JobLockedError";
};
function processStartOf(pid) {
  try {
    const stat6 = readFileSync3(`/proc/${pid}/stat`, "utf8");
    return stat6.slice(stat6.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return void 0;
  }
}
function ownerRuns(owner2) {
  if (!pidRuns(owner2.pid)) return false;
  if (owner2.processStart === void 0) return true;
  const now = processStartOf(owner2.pid);
  return now === void 0 || now === owner2.processStart;
}
function pidRuns(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code !== "ESRCH";
  }
}
function readLock(dir) {
  const path = join7(dir, LOCK_FILE);
  let text;
  try {
    text = readFileSync3(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return { state: "free" };
    return { state: "unreadable", path, error: e.message };
  }
  let owner2;
  try {
    owner2 = JSON.parse(text);
    if (!Number.isInteger(owner2.pid) || owner2.pid <= 0 || typeof owner2.hostname !== "string") throw new Error("no pid and hostname in it");
  } catch (e) {
    return { state: "unreadable", path, error: e.message };
  }
  if (owner2.hostname !== hostname2()) return { state: "running", owner: owner2, elsewhere: true, path };
  return ownerRuns(owner2) ? { state: "running", owner: owner2, elsewhere: false, path } : { state: "stale", owner: owner2, path };
}
function describeOwner(lock) {
  if (lock.state === "unreadable") return `an unreadable lock file (${lock.path}: ${lock.error})`;
  if (lock.state === "free") return "nothing";
  const o = lock.owner;
  return `pid ${o.pid}${lock.state === "running" && lock.elsewhere ? ` on host ${o.hostname}` : ""} (since ${o.startedAt})`;
}
function lockedMessage(jobId, lock, doing) {
  if (lock.state === "unreadable") {
    return `cannot ${doing} job ${jobId}: its lock file ${lock.path} cannot be read (${lock.error}); if no azcp process runs this job, remove that file and try again`;
  }
  if (lock.state === "running" && lock.elsewhere) {
    return `cannot ${doing} job ${jobId}: it is locked by pid ${lock.owner.pid} on host ${lock.owner.hostname} (since ${lock.owner.startedAt}), which cannot be checked from here; if it no longer runs there, remove ${lock.path} and try again`;
  }
  return `cannot ${doing} job ${jobId}: it is running now (pid ${lock.owner.pid}, since ${lock.owner.startedAt}); wait for it to end, or stop that process first`;
}
var held = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function removeIfOurs(path) {
  try {
    const owner2 = JSON.parse(readFileSync3(path, "utf8"));
    if (owner2.pid === process.pid && owner2.hostname === hostname2()) unlinkSync(path);
  } catch {
  }
}
function setAsideStale(path, stale) {
  const aside = `${path}.${process.pid}.${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  let moved;
  try {
    moved = JSON.parse(readFileSync3(aside, "utf8"));
  } catch {
    moved = void 0;
  }
  const same = moved?.pid === stale.pid && moved?.hostname === stale.hostname && moved?.startedAt === stale.startedAt;
  try {
    if (!same) linkSync(aside, path);
  } catch {
  }
  try {
    unlinkSync(aside);
  } catch {
  }
  return same;
}
function acquireLock(dir, jobId, doing) {
  const path = join7(dir, LOCK_FILE);
  const owner2 = { pid: process.pid, hostname: hostname2(), startedAt: (/* @__PURE__ */ new Date()).toISOString(), processStart: processStartOf(process.pid) };
  let replaced;
  for (let attempt = 0; ; attempt++) {
    let fd;
    try {
      fd = openSync(path, "wx");
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const lock = readLock(dir);
      if (lock.state === "free" && attempt < 3) continue;
      if (lock.state === "stale" && attempt < 3) {
        if (setAsideStale(path, lock.owner)) replaced = lock.owner;
        continue;
      }
      throw new JobLockedError(lockedMessage(jobId, lock, doing), lock);
    }
    try {
      writeSync(fd, JSON.stringify(owner2) + "\n");
    } finally {
      closeSync(fd);
    }
    break;
  }
  held.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const p of held) removeIfOurs(p);
    });
  }
  return {
    replaced,
    release: () => {
      if (!held.delete(path)) return;
      removeIfOurs(path);
    }
  };
}

// src/job/evidence/journal.ts
import { createReadStream as createReadStream2, openSync as openSync2, writeSync as writeSync2, closeSync as closeSync2, existsSync as existsSync2, renameSync as renameSync2, statSync as statSync4, readFileSync as readFileSync4, writeFileSync } from "node:fs";
import { readdir as readdir3, rm as rm4 } from "node:fs/promises";
import { join as join8 } from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";
import { createInterface } from "node:readline";
var LOG_KEEP = 3;
var JOB_ID = /^\d{8}-\d{6}Z-[0-9a-f]{6}$/;
function isJobId(id) {
  return JOB_ID.test(id);
}
function checkJobId(id) {
  if (!isJobId(id)) {
    throw new UsageError(`"${id}" is not a job id: ids look like 20250102-030405Z-a1b2c3 (see: azcp jobs list)`);
  }
  return id;
}
function newJobId(now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z").replace("T", "-");
  return `${stamp}-${randomBytes2(3).toString("hex")}`;
}
function stripSas(value) {
  if (typeof value !== "string" || !/^https?:\/\//i.test(value)) return { value, had: false };
  const q = value.indexOf("?");
  return q < 0 ? { value, had: false } : { value: value.slice(0, q), had: true };
}
var LineBatcher = class _LineBatcher {
  pending = [];
  pendingBytes = 0;
  timer;
  fd;
  static FLUSH_MS = 50;
  static MAX_BYTES = 64 * 1024;
  constructor(path, flags) {
    this.fd = openSync2(path, flags);
  }
  write(text, urgent = false) {
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (urgent || this.pendingBytes >= _LineBatcher.MAX_BYTES) this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), _LineBatcher.FLUSH_MS);
      this.timer.unref();
    }
  }
  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
    if (this.pending.length === 0) return;
    writeSync2(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingBytes = 0;
  }
  /** Flushes and closes; with a path, goes on writing to a new file there. */
  reopen(path) {
    this.flush();
    closeSync2(this.fd);
    if (path) this.fd = openSync2(path, "w");
  }
};
var JOURNAL_HARD_SLACK = 0.1;
var ROUTINE = /* @__PURE__ */ new Set(["Completed", "Skipped", "DryRun"]);
var URGENT_RECORD_BYTES = 4 * 1024 * 1024;
function openJobFolder(dir) {
  try {
    ensureFolderSync(dir);
  } catch (err) {
    if (err instanceof FolderError) throw new UsageError(`the job folder cannot be created: ${err.message}. Choose another place with --job-dir (AZCP_JOB_DIR).`);
    throw err;
  }
}
var JobFolder = class _JobFolder {
  constructor(jobId, root, doing) {
    this.jobId = jobId;
    this.root = root;
    this.dir = join8(root, jobId);
    openJobFolder(this.dir);
    this.lock = acquireLock(this.dir, jobId, doing);
    this.transfers = new LineBatcher(join8(this.dir, "transfers.jsonl"), "a");
    this.log = new LineBatcher(join8(this.dir, "azcp.log"), "a");
    this.logBytes = sizeOf(join8(this.dir, "azcp.log"));
    this.transfersBytes = sizeOf(join8(this.dir, "transfers.jsonl"));
  }
  jobId;
  root;
  dir;
  transfers;
  log;
  logBytes = 0;
  rotateAt = logRotateBytes();
  transfersBytes = 0;
  journalMax = journalMaxBytes();
  /** Lines left out of transfers.jsonl by its size cap. */
  journalDropped = 0;
  /** Held from creation to close(): no other process runs, resumes or
   *  cleans this job meanwhile (see lock.ts). */
  lock;
  get journalMaxBytes() {
    return this.journalMax;
  }
  static create(root, inputs, version2, jobId) {
    const id = jobId ?? newJobId();
    const folder2 = new _JobFolder(id, root, jobId ? "resume" : "run");
    if (!jobId || !existsSync2(join8(folder2.dir, "job.json"))) {
      const clean = {};
      const sasStripped = { source: false, destination: false };
      for (const [k, v] of Object.entries(inputs)) {
        if (SECRET_INPUTS.includes(k)) continue;
        const { value, had } = stripSas(v);
        if (k === "source" || k === "destination") sasStripped[k] = had;
        clean[k] = typeof value === "string" ? redact(value) : value;
      }
      const manifest = { jobId: id, createdAt: (/* @__PURE__ */ new Date()).toISOString(), inputs: clean, sasStripped, version: version2 };
      writeFileSync(join8(folder2.dir, "job.json"), JSON.stringify(manifest, null, 2) + "\n");
    }
    return folder2;
  }
  writeLog(line) {
    const text = redact(line) + "\n";
    const n = Buffer.byteLength(text);
    if (this.logBytes > 0 && this.logBytes + n > this.rotateAt) this.rotateLog();
    this.logBytes += n;
    this.log.write(text);
  }
  rotateLog() {
    const base = join8(this.dir, "azcp.log");
    this.log.flush();
    for (let i = LOG_KEEP - 1; i >= 1; i--) {
      const from = i === 1 ? base : join8(this.dir, `azcp.${i - 1}.log`);
      if (existsSync2(from)) renameSync2(from, join8(this.dir, `azcp.${i}.log`));
    }
    this.log.reopen(base);
    this.logBytes = 0;
  }
  /** Appends one line (batched: see LineBatcher). */
  recordTransfer(rec) {
    const limit = ROUTINE.has(rec.status) ? this.journalMax : this.journalMax * (1 + JOURNAL_HARD_SLACK);
    if (this.transfersBytes >= limit) {
      this.journalDropped++;
      return;
    }
    const line = redact(JSON.stringify({ ...rec, at: rec.at ?? (/* @__PURE__ */ new Date()).toISOString() })) + "\n";
    this.transfersBytes += Buffer.byteLength(line);
    this.transfers.write(line, rec.size >= URGENT_RECORD_BYTES || rec.status === "Deleted");
  }
  writeFile(name, content) {
    const path = join8(this.dir, name);
    writeFileSync(path, redact(content));
    return path;
  }
  async close() {
    try {
      this.transfers.reopen();
      this.log.reopen();
    } finally {
      this.lock.release();
    }
  }
};
function sizeOf(path) {
  try {
    return statSync4(path).size;
  } catch {
    return 0;
  }
}
var UnreadableJobFile = class extends Error {
  constructor(path, cause) {
    super(`${path} cannot be read: ${cause?.message ?? String(cause)}`);
    this.path = path;
  }
  path;
  name = "UnreadableJobFile";
};
function readJsonFile(path, valid) {
  try {
    const value = JSON.parse(readFileSync4(path, "utf8"));
    if (!value || typeof value !== "object" || !valid(value)) throw new Error("not what azcp writes there");
    return value;
  } catch (e) {
    throw new UnreadableJobFile(path, e);
  }
}
function readManifest(root, jobId) {
  const path = join8(root, checkJobId(jobId), "job.json");
  if (!existsSync2(path)) throw new UsageError(`no job "${jobId}" in ${root} (see: azcp jobs list)`);
  return readJsonFile(path, (m) => typeof m.inputs === "object" && m.inputs !== null && typeof m.createdAt === "string");
}
function readReport(root, jobId) {
  const path = join8(root, jobId, "report.json");
  return existsSync2(path) ? readJsonFile(path, (r) => typeof r.status === "string" && typeof r.counts === "object") : void 0;
}
async function* readTransfers(root, jobId) {
  const path = join8(root, jobId, "transfers.jsonl");
  if (!existsSync2(path)) return;
  yield* readJsonLines(path);
}
async function* readJsonLines(path) {
  const lines = createInterface({ input: createReadStream2(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line);
    } catch {
    }
  }
}
async function completedPaths(root, jobId) {
  const transferred = /* @__PURE__ */ new Map();
  const deleted = /* @__PURE__ */ new Map();
  for await (const rec of readTransfers(root, jobId)) {
    if (rec.status === "Completed") transferred.set(rec.path, rec.size);
    else if (rec.status === "Deleted") deleted.set(rec.path, rec.size);
    else if (rec.status === "Failed" || rec.status === "Cancelled") (rec.action === "delete" ? deleted : transferred).delete(rec.path);
  }
  return { transferred, deleted };
}
async function listJobIds(root) {
  try {
    const names = await readdir3(root, { withFileTypes: true });
    return names.filter((d) => d.isDirectory() && isJobId(d.name) && existsSync2(join8(root, d.name, "job.json"))).map((d) => d.name).sort();
  } catch {
    return [];
  }
}
async function removeJob(root, jobId) {
  const dir = join8(root, checkJobId(jobId));
  const lock = acquireLock(dir, jobId, "remove");
  try {
    const trash = join8(root, `.removing-${jobId}-${process.pid}`);
    renameSync2(dir, trash);
    await rm4(trash, { recursive: true, force: true });
  } finally {
    lock.release();
  }
  return { replaced: lock.replaced };
}

// src/job/run.ts
import { setMaxListeners } from "node:events";
import { join as join15 } from "node:path";

// src/job/evidence/published.ts
var cell = (t) => t.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function publishedMarkdown(r) {
  const p = r.published;
  if (!p) return [];
  const dry = r.status === "DryRun";
  const out = ["### Published", ""];
  if (p.byRule && Object.keys(p.byRule).length) {
    out.push("| Header | Set by | Files |", "|---|---|---:|");
    for (const [header2, by] of Object.entries(p.byRule).sort()) {
      for (const [rule, n] of Object.entries(by).sort()) out.push(`| ${cell(header2)} | \`${cell(rule)}\` | ${n} |`);
    }
    out.push("");
  }
  const updated = r.counts.propertiesUpdated;
  if (updated !== void 0) out.push(`- Properties updated (headers set in place, no upload): ${updated}${dry ? " (would be)" : ""}`);
  const last = p.uploadLast;
  if (last) {
    const globs = last.globs.map((g) => `\`${cell(g)}\``).join(", ");
    out.push(
      last.withheld ? `- Upload last (${globs}): ${last.held} object(s) NOT written because ${cell(last.withheld)}; the live pages still reference only what is there` : `- Upload last (${globs}): ${last.held} object(s) held back${dry ? "" : `, ${last.written} written after everything else`}`
    );
  }
  const purge = p.purge;
  if (purge) {
    const what = purge.everything ? `\`/*\` (${purge.changed} paths changed, more than --purge-max-paths)` : `${purge.paths.length} path(s)`;
    if (purge.changed === 0) out.push("- CDN purge: nothing changed, nothing purged");
    else {
      out.push(`- CDN purge${dry ? " (would purge)" : ""}: ${what}`);
      for (const x of purge.results) out.push(`  - \`${cell(x.endpoint)}\`: ${x.status}${x.error ? ` \u2014 ${cell(x.error)}` : ""}`);
      if (!purge.everything) {
        for (const path of purge.paths.slice(0, 20)) out.push(`  - \`${cell(path)}\``);
        if (purge.paths.length > 20) out.push(`  - \u2026 ${purge.paths.length - 20} more in report.json`);
      }
    }
  }
  out.push("");
  return out;
}
function publishedText(r) {
  const p = r.published;
  if (!p) return [];
  const out = [];
  if (r.counts.propertiesUpdated !== void 0) out.push(`  properties updated (no upload): ${r.counts.propertiesUpdated}`);
  if (p.uploadLast) {
    const l = p.uploadLast;
    out.push(`  upload last (${l.globs.join(", ")}): ${l.withheld ? `${l.held} NOT written: ${l.withheld}` : `${l.held} held, ${l.written} written last`}`);
  }
  if (p.purge && p.purge.changed > 0) {
    const res = p.purge.results.map((x) => `${x.endpoint.split("/").pop()} ${x.status}`).join(", ");
    out.push(`  CDN purge: ${p.purge.everything ? "/*" : `${p.purge.paths.length} path(s)`}${res ? ` \u2014 ${res}` : ""}`);
  }
  return out;
}

// src/job/evidence/report.ts
var REPORT_LIST_CAP = 1e3;
function verdict(input) {
  const { counts, reconciliation } = input;
  if (input.cancelled) return { status: "Cancelled", exitCode: 1, message: `Cancelled after ${counts.transferred} of ${counts.total} transfers; resume to finish.` };
  if (input.fatal) return { status: "Failed", exitCode: 1, message: input.fatal };
  if (input.dryRun) return { status: "DryRun", exitCode: 0, message: `Dry run: nothing was changed.` };
  const problems = [];
  if (counts.failed > 0) problems.push(`${counts.failed} failed`);
  if (input.unreadable) problems.push(`${input.unreadable} source path(s) could not be read, so what they hold was not copied`);
  if (reconciliation && !reconciliation.ok) {
    const r = reconciliation;
    const parts = [
      r.missing && `${r.missing} missing at the destination`,
      r.sizeMismatch && `${r.sizeMismatch} with a different size`,
      r.hashMismatch && `${r.hashMismatch} with a different MD5`,
      r.extraIsDifference && r.extra && `${r.extra} extra at the destination`
    ].filter(Boolean);
    problems.push(`reconciliation found ${parts.join(", ")}`);
  }
  if (input.purgeFailed) problems.push(input.purgeFailed);
  if (problems.length === 0) {
    if (input.success) return { status: "Completed", exitCode: 0, message: input.success };
    const extra = reconciliation && !reconciliation.extraIsDifference ? reconciliation.extra : 0;
    let outcome = extra > 0 ? `every source object is at the destination, which also keeps ${extra} object(s) the source does not have` : "the destination matches the source";
    const kept = counts.keptNewerAtDestination ?? 0;
    if (kept > 0) outcome += `, except ${kept} object(s) newer at the destination, kept by overwrite ifSourceNewer`;
    if (input.notVerifiedByMd5) outcome += ` (${input.notVerifiedByMd5} download(s) not verified against a Content-MD5: see the warning)`;
    return { status: "Completed", exitCode: 0, message: `Completed: ${counts.transferred} transferred, ${counts.skipped} skipped, ${counts.deleted} deleted; ${outcome}.` };
  }
  const status = counts.transferred > 0 || counts.skipped > 0 || counts.deleted > 0 ? "CompletedWithErrors" : "Failed";
  return { status, exitCode: 1, message: `${status === "Failed" ? "Failed" : "Completed with errors"}: ${problems.join("; ")}.` };
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function summaryMarkdown(r) {
  const icon = r.exitCode === 0 ? "\u2705" : r.status === "Cancelled" ? "\u23F9\uFE0F" : "\u274C";
  const lines = [];
  lines.push(`## ${icon} azcp ${r.command}: ${r.status}`);
  lines.push("");
  lines.push(r.message);
  lines.push("");
  lines.push(`- Source: \`${r.source}\``);
  if (r.destination) lines.push(`- Destination: \`${r.destination}\``);
  lines.push(`- Job: \`${r.jobId}\` \xB7 ${formatDuration(r.durationMs)} \xB7 ${throughput(r.counts.bytes, r.durationMs)}`);
  lines.push("");
  lines.push("| In scope | Transferred | Skipped | Deleted | Failed | Bytes | Retries |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|");
  const c = r.counts;
  lines.push(`| ${c.total} | ${c.transferred} | ${c.skipped} | ${c.deleted} | ${c.failed} | ${formatBytes(c.bytes)} | ${r.retries} |`);
  lines.push("");
  if (r.reconciliation) {
    const x = r.reconciliation;
    lines.push(`### Reconciliation: ${x.ok ? "matched" : "DIFFERENCES FOUND"}`);
    lines.push("");
    lines.push(x.basis === "planning" ? "_Nothing was written, so the listings made while planning are the proof._" : "_Both sides were listed again: the source once every transfer had started, the destination after they all ended._");
    lines.push("");
    lines.push("| | Objects | Bytes |");
    lines.push("|---|---:|---:|");
    lines.push(`| Source | ${x.sourceCount} | ${formatBytes(x.sourceBytes)} |`);
    lines.push(`| Destination | ${x.destinationCount} | ${formatBytes(x.destinationBytes)} |`);
    lines.push("");
    lines.push(`Matched ${x.matched} \xB7 missing ${x.missing} \xB7 size differs ${x.sizeMismatch} \xB7 MD5 differs ${x.hashMismatch} \xB7 extra at destination ${x.extra}`);
    if (x.differences.length) {
      lines.push("");
      for (const d of x.differences.slice(0, 20)) lines.push(`- \`${escapeCell(d.path)}\`: ${escapeCell(d.problem)}`);
    }
    lines.push("");
  } else if (r.shard && r.status !== "DryRun") {
    lines.push(`### Reconciliation: by the merge (this is shard ${r.shard.index} of ${r.shard.count})`);
    lines.push("");
    const d = r.shardPlan?.deferredDeletions.count ?? 0;
    lines.push(`_This shard did its transfers${d ? ` and wrote down ${d} deletion(s) without doing them` : ""}; \`azcp jobs merge\` applies the delete guards, deletes and reconciles once for the whole job._`);
    lines.push("");
  } else if (r.status !== "DryRun" && (r.command === "copy" || r.command === "sync")) {
    lines.push("### Reconciliation: not done (the job did not get that far)");
    lines.push("");
  }
  if (r.shards?.length) {
    lines.push(`### Shards (${r.shards.length})`);
    lines.push("");
    lines.push("| Shard | Job | Status | Files | Transferred | Failed | Bytes | Duration | Retries | Deletions planned | Runner |");
    lines.push("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (const s of r.shards) {
      lines.push(`| ${s.index}/${s.count} | \`${s.jobId}\` | ${s.status} | ${s.files} | ${s.transferred} | ${s.failed} | ${formatBytes(s.bytes)} | ${formatDuration(s.durationMs)} | ${s.retries} | ${s.deferredDeletions} | ${escapeCell(s.runner)} |`);
    }
    lines.push("");
  }
  for (const para of overwriteRuleSentences(r)) {
    lines.push(para.sentence);
    lines.push("");
    for (const p of para.paths.slice(0, 20)) lines.push(`- \`${escapeCell(p)}\``);
    if (para.total > Math.min(20, para.paths.length)) lines.push(`- \u2026 ${para.total - Math.min(20, para.paths.length)} more in report.json`);
    if (para.paths.length) lines.push("");
  }
  lines.push(...publishedMarkdown(r));
  if (r.failuresTotal > 0) {
    lines.push(`### Failures (${r.failuresTotal})`);
    lines.push("");
    lines.push("| Path | Error |");
    lines.push("|---|---|");
    for (const f of r.failures.slice(0, 20)) lines.push(`| \`${escapeCell(f.path)}\` | ${escapeCell(f.error)} |`);
    if (r.failuresTotal > 20) lines.push(`| \u2026 | ${r.failuresTotal - 20} more in report.json and transfers.jsonl |`);
    lines.push("");
  }
  if (r.warnings.length) {
    lines.push("### Warnings");
    lines.push("");
    for (const w of r.warnings.slice(0, 20)) lines.push(`- ${escapeCell(w)}`);
    lines.push("");
  }
  return lines.map(printable2).join("\n") + "\n";
}
function unverifiedWarning(v, checkMd5) {
  const parts = [];
  if (v.inTransit) parts.push(`${v.inTransit} download(s) had no Content-MD5 to verify against: their bytes were checked range by range in transit only (use --check-md5 FailIfDifferentOrMissing to fail them instead)`);
  if (v.none) parts.push(`${v.none} download(s) were not verified at all${checkMd5 === "NoCheck" ? " (--check-md5 NoCheck)" : " (the service sent a range without its MD5)"}`);
  return parts.join("; ");
}
function overwriteRuleSentences(r) {
  const out = [];
  const kept = r.counts.keptNewerAtDestination ?? 0;
  const dry = r.status === "DryRun";
  if (kept > 0) {
    out.push({
      sentence: `${kept} object${kept === 1 ? "" : "s"} ${dry ? "would differ" : kept === 1 ? "differs" : "differ"} from the source by choice: the destination was newer and --overwrite ifSourceNewer keeps it.`,
      paths: r.keptNewerAtDestination ?? [],
      total: kept
    });
  }
  const replaced = r.counts.overwroteNewerAtDestination ?? 0;
  if (replaced > 0) {
    out.push({
      sentence: `${replaced} transfer${replaced === 1 ? "" : "s"} ${dry ? "would replace" : "replaced"} a destination newer than its source (sync makes the destination match; --overwrite ifSourceNewer keeps a newer destination).`,
      paths: r.overwroteNewerAtDestination ?? [],
      total: replaced
    });
  }
  return out;
}

// src/job/context.ts
import { join as join9 } from "node:path";
var LEVELS = { error: 0, warning: 1, info: 2, debug: 3 };
var JobContext = class {
  constructor(options, hooks) {
    this.options = options;
    this.hooks = hooks;
    this.folder = JobFolder.create(options.jobDir, options.inputs, VERSION, hooks.jobId);
    hooks.onStart?.({ jobId: this.jobId, jobFolder: this.folder.dir, logPath: join9(this.folder.dir, "azcp.log") });
    if (options.command === "sync") {
      if (options.overwrite === "ifSourceNewer") this.counts.keptNewerAtDestination = 0;
      else this.counts.overwroteNewerAtDestination = 0;
    }
    const stale = this.folder.lock.replaced;
    if (stale) {
      this.warn(`job ${this.jobId} was locked by pid ${stale.pid} (since ${stale.startedAt}), which no longer runs: it ended without unlocking (killed?); this run took the lock over`);
    }
  }
  options;
  hooks;
  counts = { total: 0, transferred: 0, skipped: 0, failed: 0, deleted: 0, bytes: 0 };
  scanned = { source: 0, destination: 0 };
  failures = [];
  skipped = [];
  /** sync: objects that differ from the source by the --overwrite rule's choice (see keptNewer, overwroteNewer). */
  keptNewer = [];
  overwroteNewer = [];
  /** Planned transfers over a newer destination, counted once they succeed. */
  overwritingNewer = /* @__PURE__ */ new Set();
  warnings = [];
  /** Downloads by what they were verified against (see Verification). */
  verification = { endToEnd: 0, inTransit: 0, none: 0 };
  /** Problems listing the source: any of them forbids deletions. */
  enumerationProblems = [];
  /** Linked folders of a local source that were not followed: deletions under them are withheld. */
  unfollowedLinks = [];
  /** copy and sync: what the job published (header rules, upload-last, CDN purge). */
  published;
  /** A CDN purge that failed with purgeFailure fail: the job fails, its files stay live. */
  purgeFailed;
  /** Sections a command adds to the report (a shard's plan, a merge's rows): kept even when the command then throws. */
  reportExtras = {};
  bytesPlanned = 0;
  bytesInFlight = 0;
  phase = "planning";
  started = Date.now();
  folder;
  timer;
  stats = /* @__PURE__ */ new Set();
  /** Why the job stopped itself (e.g. credentials rejected); see stop(). */
  stopReason;
  onStop;
  /** Lets the runner abort everything when stop() is called. */
  whenStopped(fn) {
    this.onStop = fn;
  }
  /**
   * Stops the whole job: for failures that every other transfer would hit
   * too (rejected credentials, a vanished container). Trying the remaining
   * million files would only bury the cause under a million failures.
   */
  stop(reason) {
    if (this.stopReason) return;
    this.stopReason = redact(reason);
    this.log("error", `stopping the job: ${this.stopReason}`);
    this.onStop?.();
  }
  /** Remembers the sides whose retry counters the report sums. */
  retriesFrom(sides) {
    for (const side of sides) this.stats.add(side.stats);
  }
  get retries() {
    let n = 0;
    for (const s of this.stats) n += s.retries;
    return n;
  }
  get jobId() {
    return this.folder.jobId;
  }
  log(level, message) {
    const text = printable2(redact(message));
    this.folder.writeLog(`${(/* @__PURE__ */ new Date()).toISOString()} ${level.toUpperCase().padEnd(7)} ${text}`);
    if (LEVELS[level] <= LEVELS[this.options.logLevel]) this.hooks.log?.(level, text);
  }
  /** To the job log only: for lines the host already shows another way.
   *  (The folder redacts everything it writes.) */
  fileLog(level, message) {
    this.folder.writeLog(`${(/* @__PURE__ */ new Date()).toISOString()} ${level.toUpperCase().padEnd(7)} ${printable2(message)}`);
  }
  warn(message) {
    const text = printable2(redact(message));
    if (this.warnings.length < REPORT_LIST_CAP) this.warnings.push(text);
    this.log("warning", text);
  }
  record(rec) {
    this.folder.recordTransfer(rec);
    if (rec.status === "DryRun") this.hooks.onDryRun?.({ path: rec.path, size: rec.size, action: rec.action, reason: rec.reason });
  }
  /** The source listing has ended: the planned totals are final (progress can give an ETA). */
  listingComplete = false;
  transferred(path, size, action5, bytes, extra) {
    this.counts.transferred++;
    if (this.overwritingNewer.delete(path)) this.countOverwroteNewer(path);
    if (this.hooks.jobId && bytes < size) {
      this.counts.bytes += size;
      this.resume.bytesEarlier += size - bytes;
    } else this.counts.bytes += bytes;
    this.record({ path, size, status: "Completed", action: action5, ...extra });
    this.log("debug", `${action5} ${path} (${size} bytes)`);
  }
  /** An error as users read it: one line, redacted, with the cause named
   *  when it is known (a SAS that expired during the job). */
  describe(err) {
    const o = this.options;
    const sas = (l) => l?.remote ? l.sas ?? o.auth.sasToken : void 0;
    const sides = o.destination ? [{ role: "source", sas: sas(o.source) }, { role: "destination", sas: sas(o.destination) }] : [{ role: "target", sas: sas(o.source) }];
    const expired = expiredSasMessage(err, sides, this.jobId);
    return expired ? redact(expired) : describeError(err);
  }
  failed(path, size, action5, err) {
    const error = this.describe(err);
    this.counts.failed++;
    if (this.failures.length < REPORT_LIST_CAP) this.failures.push({ path, error });
    this.record({ path, size, status: "Failed", action: action5, error });
    this.log("error", `${action5} failed: ${path}: ${error}`);
  }
  /** Objects a resumed job finds done by an earlier run: they count as
   *  transferred by this job (the report covers the whole job). One found
   *  Completed in the journal is not recorded again (that line stands); one
   *  found only at the destination (the run died between the write and its
   *  journal line) gets its Completed line now, so journal and report agree. */
  resume = { completedEarlier: 0, bytesEarlier: 0, deletedEarlier: 0 };
  completedEarlier(path, size, evidence, action5) {
    this.counts.transferred++;
    this.counts.bytes += size;
    this.resume.completedEarlier++;
    this.resume.bytesEarlier += size;
    if (evidence === "destination") {
      this.record({ path, size, status: "Completed", action: action5, reason: "written by an earlier run of this job (same size and time at the destination)" });
    }
    this.log("debug", `${path}: completed in an earlier run of this job (${evidence})`);
  }
  /** Deletions done by earlier runs of a resumed job (their Deleted lines
   *  stand in the journal): the report counts them with this run's. */
  deletedEarlier(count) {
    this.counts.deleted += count;
    this.resume.deletedEarlier += count;
    if (count) this.log("info", `resuming: ${count} deletion(s) were done by earlier runs of this job`);
  }
  /** sync --overwrite ifSourceNewer keeps a destination not older than its source: skipped, and said so. */
  keptNewerAtDestination(path, size, reason) {
    this.skip(path, size, reason);
    this.counts.keptNewerAtDestination = (this.counts.keptNewerAtDestination ?? 0) + 1;
    if (this.keptNewer.length < REPORT_LIST_CAP) this.keptNewer.push(path);
  }
  /** A sync transfer about to replace a destination newer than its source:
   *  counted when it succeeds (at once in a dry run, as what would happen). */
  overwritesNewerAtDestination(path) {
    if (this.options.dryRun) this.countOverwroteNewer(path);
    else this.overwritingNewer.add(path);
  }
  countOverwroteNewer(path) {
    this.counts.overwroteNewerAtDestination = (this.counts.overwroteNewerAtDestination ?? 0) + 1;
    if (this.overwroteNewer.length < REPORT_LIST_CAP) this.overwroteNewer.push(path);
  }
  /** Property drift: the bytes were current, the headers or metadata were set anew (no upload). Counted in skipped too. */
  propertiesUpdated(path, size, differs, extra) {
    this.counts.skipped++;
    this.counts.propertiesUpdated = (this.counts.propertiesUpdated ?? 0) + 1;
    const reason = `content identical; ${this.options.dryRun ? "would set" : "set"} ${differs.join(", ")}`;
    this.record({ path, size, status: this.options.dryRun ? "DryRun" : "Skipped", action: "set-properties", reason, ...extra });
    this.log(this.options.dryRun ? "info" : "debug", `${path}: ${reason}`);
  }
  skip(path, size, reason) {
    this.counts.skipped++;
    if (this.skipped.length < REPORT_LIST_CAP) this.skipped.push({ path, reason });
    this.record({ path, size, status: "Skipped", reason });
  }
  progressSnapshot() {
    return {
      phase: this.phase,
      scanned: this.scanned.source,
      transferred: this.counts.transferred,
      skipped: this.counts.skipped,
      failed: this.counts.failed,
      deleted: this.counts.deleted,
      bytes: this.counts.bytes + this.bytesInFlight,
      bytesPlanned: this.bytesPlanned,
      elapsedMs: Date.now() - this.started,
      total: this.counts.total,
      retries: this.retries,
      listingComplete: this.listingComplete
    };
  }
  startProgress() {
    if (!this.hooks.progress) return;
    const every = this.hooks.progressIntervalMs ?? 2e3;
    this.timer = setInterval(() => this.hooks.progress?.(this.progressSnapshot()), every);
    this.timer.unref();
  }
  stopProgress() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
    this.phase = "done";
    this.hooks.progress?.(this.progressSnapshot());
  }
};

// src/engine/diff.ts
var ListingOrderError = class extends Error {
  constructor(side, previous, next) {
    super(
      previous === next ? `${side} listing has the name ${JSON.stringify(next)} twice; refusing to plan from it` : `${side} listing is not sorted by UTF-8 bytes: ${JSON.stringify(next)} came after ${JSON.stringify(previous)}; refusing to plan from it`
    );
    this.side = side;
    this.previous = previous;
    this.next = next;
  }
  side;
  previous;
  next;
  name = "ListingOrderError";
};
var OrderedReader = class {
  constructor(listing, side) {
    this.side = side;
    this.iterator = listing[Symbol.asyncIterator]();
  }
  side;
  iterator;
  previous;
  finished = false;
  /** The next entry, or undefined at the end of the listing. */
  async next() {
    if (this.finished) return void 0;
    const step = await this.iterator.next();
    if (step.done) {
      this.finished = true;
      return void 0;
    }
    const entry = step.value;
    if (this.previous !== void 0 && compareUtf8(this.previous, entry.name) >= 0) {
      throw new ListingOrderError(this.side, this.previous, entry.name);
    }
    this.previous = entry.name;
    return entry;
  }
  /** Lets the listing release what it holds (e.g. an HTTP page stream) when we stop early. */
  async close() {
    if (this.finished) return;
    this.finished = true;
    await this.iterator.return?.();
  }
};
async function* mergeJoin(source, destination) {
  const src = new OrderedReader(source, "source");
  const dst = new OrderedReader(destination, "destination");
  try {
    let [s, d] = await Promise.all([src.next(), dst.next()]);
    while (s !== void 0 || d !== void 0) {
      const order = s === void 0 ? 1 : d === void 0 ? -1 : compareUtf8(s.name, d.name);
      if (order < 0) {
        yield { name: s.name, source: s };
        s = await src.next();
      } else if (order > 0) {
        yield { name: d.name, destination: d };
        d = await dst.next();
      } else {
        yield { name: s.name, source: s, destination: d };
        [s, d] = await Promise.all([src.next(), dst.next()]);
      }
    }
  } finally {
    await Promise.allSettled([src.close(), dst.close()]);
  }
}
function decide(pair, rules) {
  const { source, destination } = pair;
  if (source === void 0) {
    if (destination === void 0) throw new Error(`decide(): "${pair.name}" is on neither side`);
    return rules.command === "sync" && rules.deleteDestination ? { kind: "delete", destination } : void 0;
  }
  if (destination === void 0) return { kind: "transfer", source, reason: "missing" };
  return rules.command === "copy" ? decideCopy(source, destination, rules) : decideSync(source, destination, rules);
}
function decideCopy(source, destination, rules) {
  switch (rules.overwrite) {
    case "true":
      return { kind: "transfer", source, destination, reason: "overwrite" };
    case "false":
      return { kind: "skip", source, destination, reason: "exists at destination" };
    case "ifSourceNewer":
      return source.mtimeMs > destination.mtimeMs ? { kind: "transfer", source, destination, reason: "newer" } : { kind: "skip", source, destination, reason: "destination is as new" };
  }
}
function decideSync(source, destination, rules) {
  if (rules.overwrite === "ifSourceNewer") return decideSyncIfSourceNewer(source, destination, rules);
  const action5 = decideSyncToMatch(source, destination, rules);
  if (action5.kind === "transfer" && destination.mtimeMs > source.mtimeMs) action5.overwritesNewer = true;
  return action5;
}
function decideSyncIfSourceNewer(source, destination, rules) {
  if (source.mtimeMs > destination.mtimeMs) return { kind: "transfer", source, destination, reason: "newer" };
  const same = decideSyncToMatch(source, destination, rules).kind === "skip";
  return same ? { kind: "skip", source, destination, reason: "identical" } : { kind: "skip", source, destination, reason: destination.mtimeMs > source.mtimeMs ? "destination is newer (kept)" : "destination is as new (kept)", keptNewer: true };
}
function decideSyncToMatch(source, destination, rules) {
  if (rules.mirrorMode) return { kind: "transfer", source, destination, reason: "mirror" };
  if (source.size !== destination.size) return { kind: "transfer", source, destination, reason: "size" };
  if (rules.compareHash === "md5") {
    return source.md5 !== void 0 && destination.md5 !== void 0 && source.md5 === destination.md5 ? { kind: "skip", source, destination, reason: "identical (md5)" } : { kind: "transfer", source, destination, reason: "hash" };
  }
  return source.mtimeMs > destination.mtimeMs ? { kind: "transfer", source, destination, reason: "newer" } : { kind: "skip", source, destination, reason: "identical" };
}
function needsHash(one2, other, rules) {
  return rules.command === "sync" && rules.compareHash === "md5" && !rules.mirrorMode && one2.md5 === void 0 && one2.size === other.size;
}
function needsSourceHash(source, destination, rules) {
  return needsHash(source, destination, rules) && destination.md5 !== void 0;
}
async function* plan(source, destination, rules, hooks = {}) {
  for await (const pair of mergeJoin(source, destination)) {
    if (pair.source && pair.destination && hooks.hashDestination && (pair.source.md5 !== void 0 || hooks.hashSource) && needsHash(pair.destination, pair.source, rules)) {
      const md5 = await hooks.hashDestination(pair.destination);
      if (md5 !== void 0) pair.destination = { ...pair.destination, md5 };
    }
    if (pair.source && pair.destination && hooks.hashSource && needsSourceHash(pair.source, pair.destination, rules)) {
      const md5 = await hooks.hashSource(pair.source);
      if (md5 !== void 0) pair.source = { ...pair.source, md5 };
    }
    const action5 = decide(pair, rules);
    yield action5 ?? { kind: "extra", destination: pair.destination };
  }
}

// src/engine/started.ts
function startNow(items, { readAhead = 1 } = {}) {
  const iterator = items[Symbol.asyncIterator]();
  const held2 = [];
  let finished2 = false;
  let failure;
  let taken = false;
  let firstAnswer;
  const answered = new Promise((resolve5) => firstAnswer = resolve5);
  const ahead = (async () => {
    try {
      do {
        const r = await iterator.next();
        if (r.done) finished2 = true;
        else held2.push(r.value);
        firstAnswer();
      } while (!finished2 && !taken && held2.length < readAhead);
    } catch (error) {
      failure = { error };
      firstAnswer();
    }
  })();
  return {
    answered: () => answered.then(() => failure && held2.length === 0 ? Promise.reject(failure.error) : void 0),
    [Symbol.asyncIterator]() {
      if (taken) throw new Error("a started listing has one reader");
      taken = true;
      let next = 0;
      let drained = false;
      return {
        next: async () => {
          if (!drained) {
            await ahead;
            if (next < held2.length) return { value: held2[next++], done: false };
            drained = true;
            held2.length = 0;
            if (failure) throw failure.error;
            if (finished2) return { value: void 0, done: true };
          }
          return iterator.next();
        },
        return: async (value) => {
          drained = true;
          held2.length = 0;
          await ahead;
          if (!finished2 && !failure) await iterator.return?.(value);
          return { done: true, value: void 0 };
        }
      };
    },
    async close() {
      if (taken) return;
      taken = true;
      await ahead;
      held2.length = 0;
      if (!finished2 && !failure) await iterator.return?.(void 0);
    }
  };
}

// src/engine/shard.ts
import { createHash as createHash10 } from "node:crypto";
function shardOf(name, count) {
  if (count <= 1) return 1;
  const h = createHash10("md5").update(name).digest().readUInt32BE(0);
  return h % count + 1;
}

// src/engine/filters.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
var KEEP_ALL = () => true;
function baseName(name) {
  return name.slice(name.lastIndexOf("/") + 1);
}
function compileGlobs(patterns) {
  const regexes = patterns.map((p) => import_picomatch4.default.makeRe(p, { dot: true, windows: false }));
  if (regexes.length === 1) {
    const [only] = regexes;
    return (s) => only.test(s);
  }
  return (s) => regexes.some((re) => re.test(s));
}
function compilePaths(paths) {
  if (paths.includes("")) return () => true;
  const exact = new Set(paths);
  const prefixes = paths.map((p) => p + "/");
  return (name) => exact.has(name) || prefixes.some((prefix2) => name.startsWith(prefix2));
}
function compileRegexes(sources) {
  const regexes = sources.map((s) => new RegExp(s));
  return (name) => regexes.some((re) => re.test(name));
}
function makeFilter(opts) {
  const checks = [];
  const { includeAfter, includeBefore } = opts;
  if (includeAfter !== void 0) checks.push((e) => e.mtimeMs >= includeAfter);
  if (includeBefore !== void 0) checks.push((e) => e.mtimeMs <= includeBefore);
  if (opts.includePath.length > 0) {
    const under = compilePaths(opts.includePath);
    checks.push((e) => under(e.name));
  }
  if (opts.excludePath.length > 0) {
    const under = compilePaths(opts.excludePath);
    checks.push((e) => !under(e.name));
  }
  if (opts.includePattern.length > 0) {
    const matches = compileGlobs(opts.includePattern);
    checks.push((e) => matches(baseName(e.name)));
  }
  if (opts.excludePattern.length > 0) {
    const matches = compileGlobs(opts.excludePattern);
    checks.push((e) => !matches(baseName(e.name)));
  }
  if (opts.includeRegex.length > 0) {
    const matches = compileRegexes(opts.includeRegex);
    checks.push((e) => matches(e.name));
  }
  if (opts.excludeRegex.length > 0) {
    const matches = compileRegexes(opts.excludeRegex);
    checks.push((e) => !matches(e.name));
  }
  if (checks.length === 0) return KEEP_ALL;
  if (checks.length === 1) return checks[0];
  return (entry) => {
    for (const check of checks) if (!check(entry)) return false;
    return true;
  };
}

// src/job/scope-filter.ts
function scopeFilter(o, namePrefix) {
  const keep = makeFilter(o.filters);
  const shard = o.shard;
  return (e) => {
    if (!keep(namePrefix ? { ...e, name: e.name.slice(namePrefix.length) } : e)) return false;
    if (!shard) return true;
    return shardOf(e.name, shard.count) === shard.index;
  };
}
function filtersInUse(o) {
  const f = o.filters;
  const out = [];
  const list = (flag, values) => {
    if (values.length) out.push(`--${flag} ${JSON.stringify(values.join(";"))}`);
  };
  list("include-pattern", f.includePattern);
  list("exclude-pattern", f.excludePattern);
  list("include-path", f.includePath);
  list("exclude-path", f.excludePath);
  list("include-regex", f.includeRegex);
  list("exclude-regex", f.excludeRegex);
  if (f.includeAfter !== void 0) out.push(`--include-after ${new Date(f.includeAfter).toISOString()}`);
  if (f.includeBefore !== void 0) out.push(`--include-before ${new Date(f.includeBefore).toISOString()}`);
  if (o.listOfFiles) out.push(`--list-of-files ${JSON.stringify(o.listOfFiles)}`);
  if (o.shard) out.push(`--shard ${o.shard.index}/${o.shard.count}`);
  return out;
}

// src/storage/side.ts
var isContainerSide = (side) => "targetScope" in side;

// src/job/sides.ts
var accessOf = (ctx, hooks) => ({ auth: ctx.options.auth, credential: hooks.credential });
async function openTransferSides(ctx, hooks, lists = { source: false, destination: false }) {
  const o = ctx.options;
  const rules = { command: o.command, recursive: o.recursive, followSymlinks: o.followSymlinks, preserveSymlinks: o.preserveSymlinks };
  const source = openSide(o.source, "source", accessOf(ctx, hooks));
  const destination = openSide(o.destination, "destination", accessOf(ctx, hooks));
  const early = source.features.remote ? void 0 : await source.sourceScope(rules, sourceEvents(ctx));
  await source.connect();
  await destination.connect();
  ctx.retriesFrom([source, destination]);
  const writes = !o.dryRun;
  for (const w of source.checkAccess(["read", "list"])) ctx.warn(w);
  const needs = ["list", ...writes ? ["write"] : [], ...o.deleteDestination && writes ? ["delete"] : []];
  for (const w of destination.checkAccess(needs)) ctx.warn(w);
  const started = {};
  const release = () => Promise.all(Object.values(started).map((l) => l.close())).then(() => {
  });
  try {
    let sourceScope = early;
    if (early) {
      if (lists.source) started.source = startNow(afterThisTurn(early.list()), { readAhead: LOCAL_READ_AHEAD });
    } else if (lists.source && source.listingProves?.()) {
      sourceScope = await source.sourceScope(rules, sourceEvents(ctx));
      started.source = await provenBy(source, sourceScope.list());
    } else await source.probe();
    let destinationScope;
    if (lists.destination && sourceScope && !sourceScope.single && destination.listingProves?.()) {
      destinationScope = await destination.destinationScope(sourceScope, rules, destinationEvents(ctx));
      started.destination = await provenBy(destination, destinationScope.list());
    } else {
      await destination.probe();
      sourceScope ??= await source.sourceScope(rules, sourceEvents(ctx));
      destinationScope = await destination.destinationScope(sourceScope, rules, destinationEvents(ctx));
    }
    const takeListing = (role) => {
      const listing = started[role];
      delete started[role];
      return listing;
    };
    return { source, destination, sourceScope, destinationScope, takeListing, release };
  } catch (err) {
    void release();
    throw err;
  }
}
var LOCAL_READ_AHEAD = 5e3;
async function* afterThisTurn(items) {
  await new Promise((resolve5) => setImmediate(resolve5));
  yield* items;
}
async function provenBy(side, listing) {
  const started = startNow(listing);
  try {
    await started.answered();
  } catch (err) {
    throw isContainerSide(side) ? side.preflightError(err) : err;
  }
  return started;
}
function targetSide(ctx, hooks) {
  const side = openSide(ctx.options.source, "target", accessOf(ctx, hooks));
  if (!isContainerSide(side)) throw new UsageError(`${ctx.options.command} works on a container URL, not "${ctx.options.source.display}"`);
  return side;
}
async function connectTarget(ctx, side, needs) {
  await side.connect();
  ctx.retriesFrom([side]);
  for (const w of side.checkAccess(needs)) ctx.warn(w);
}
function sourceEvents(ctx) {
  return {
    onProblem: (p) => {
      ctx.enumerationProblems.push(p);
      ctx.warn(`could not read ${p.path}: ${p.error}`);
    },
    onSkip: (path, reason) => ctx.log("info", `left out ${path}: ${reason}`),
    onUnfollowedLink: (name, path) => ctx.unfollowedLinks.push({ name, path })
  };
}
function destinationEvents(ctx) {
  return { onProblem: (p) => ctx.warn(`could not read destination ${p.path}: ${p.error}`), onSkip: () => {
  } };
}

// node_modules/mime/dist/types/other.js
var types = {
  "application/prs.cww": ["cww"],
  "application/prs.xsf+xml": ["xsf"],
  "application/vnd.1000minds.decision-model+xml": ["1km"],
  "application/vnd.3gpp.pic-bw-large": ["plb"],
  "application/vnd.3gpp.pic-bw-small": ["psb"],
  "application/vnd.3gpp.pic-bw-var": ["pvb"],
  "application/vnd.3gpp2.tcap": ["tcap"],
  "application/vnd.3m.post-it-notes": ["pwn"],
  "application/vnd.accpac.simply.aso": ["aso"],
  "application/vnd.accpac.simply.imp": ["imp"],
  "application/vnd.acucobol": ["acu"],
  "application/vnd.acucorp": ["atc", "acutc"],
  "application/vnd.adobe.air-application-installer-package+zip": ["air"],
  "application/vnd.adobe.formscentral.fcdt": ["fcdt"],
  "application/vnd.adobe.fxp": ["fxp", "fxpl"],
  "application/vnd.adobe.xdp+xml": ["xdp"],
  "application/vnd.adobe.xfdf": ["*xfdf"],
  "application/vnd.age": ["age"],
  "application/vnd.ahead.space": ["ahead"],
  "application/vnd.airzip.filesecure.azf": ["azf"],
  "application/vnd.airzip.filesecure.azs": ["azs"],
  "application/vnd.amazon.ebook": ["azw"],
  "application/vnd.americandynamics.acc": ["acc"],
  "application/vnd.amiga.ami": ["ami"],
  "application/vnd.android.package-archive": ["apk"],
  "application/vnd.anser-web-certificate-issue-initiation": ["cii"],
  "application/vnd.anser-web-funds-transfer-initiation": ["fti"],
  "application/vnd.antix.game-component": ["atx"],
  "application/vnd.apple.installer+xml": ["mpkg"],
  "application/vnd.apple.keynote": ["key"],
  "application/vnd.apple.mpegurl": ["m3u8"],
  "application/vnd.apple.numbers": ["numbers"],
  "application/vnd.apple.pages": ["pages"],
  "application/vnd.apple.pkpass": ["pkpass"],
  "application/vnd.aristanetworks.swi": ["swi"],
  "application/vnd.astraea-software.iota": ["iota"],
  "application/vnd.audiograph": ["aep"],
  "application/vnd.autodesk.fbx": ["fbx"],
  "application/vnd.balsamiq.bmml+xml": ["bmml"],
  "application/vnd.blueice.multipass": ["mpm"],
  "application/vnd.bmi": ["bmi"],
  "application/vnd.businessobjects": ["rep"],
  "application/vnd.chemdraw+xml": ["cdxml"],
  "application/vnd.chipnuts.karaoke-mmd": ["mmd"],
  "application/vnd.cinderella": ["cdy"],
  "application/vnd.citationstyles.style+xml": ["csl"],
  "application/vnd.claymore": ["cla"],
  "application/vnd.cloanto.rp9": ["rp9"],
  "application/vnd.clonk.c4group": ["c4g", "c4d", "c4f", "c4p", "c4u"],
  "application/vnd.cluetrust.cartomobile-config": ["c11amc"],
  "application/vnd.cluetrust.cartomobile-config-pkg": ["c11amz"],
  "application/vnd.commonspace": ["csp"],
  "application/vnd.contact.cmsg": ["cdbcmsg"],
  "application/vnd.cosmocaller": ["cmc"],
  "application/vnd.crick.clicker": ["clkx"],
  "application/vnd.crick.clicker.keyboard": ["clkk"],
  "application/vnd.crick.clicker.palette": ["clkp"],
  "application/vnd.crick.clicker.template": ["clkt"],
  "application/vnd.crick.clicker.wordbank": ["clkw"],
  "application/vnd.criticaltools.wbs+xml": ["wbs"],
  "application/vnd.ctc-posml": ["pml"],
  "application/vnd.cups-ppd": ["ppd"],
  "application/vnd.curl.car": ["car"],
  "application/vnd.curl.pcurl": ["pcurl"],
  "application/vnd.dart": ["dart"],
  "application/vnd.data-vision.rdz": ["rdz"],
  "application/vnd.dbf": ["dbf"],
  "application/vnd.dcmp+xml": ["dcmp"],
  "application/vnd.dece.data": ["uvf", "uvvf", "uvd", "uvvd"],
  "application/vnd.dece.ttml+xml": ["uvt", "uvvt"],
  "application/vnd.dece.unspecified": ["uvx", "uvvx"],
  "application/vnd.dece.zip": ["uvz", "uvvz"],
  "application/vnd.denovo.fcselayout-link": ["fe_launch"],
  "application/vnd.dna": ["dna"],
  "application/vnd.dolby.mlp": ["mlp"],
  "application/vnd.dpgraph": ["dpg"],
  "application/vnd.dreamfactory": ["dfac"],
  "application/vnd.ds-keypoint": ["kpxx"],
  "application/vnd.dvb.ait": ["ait"],
  "application/vnd.dvb.service": ["svc"],
  "application/vnd.dynageo": ["geo"],
  "application/vnd.ecowin.chart": ["mag"],
  "application/vnd.enliven": ["nml"],
  "application/vnd.epson.esf": ["esf"],
  "application/vnd.epson.msf": ["msf"],
  "application/vnd.epson.quickanime": ["qam"],
  "application/vnd.epson.salt": ["slt"],
  "application/vnd.epson.ssf": ["ssf"],
  "application/vnd.eszigno3+xml": ["es3", "et3"],
  "application/vnd.ezpix-album": ["ez2"],
  "application/vnd.ezpix-package": ["ez3"],
  "application/vnd.fdf": ["*fdf"],
  "application/vnd.fdsn.mseed": ["mseed"],
  "application/vnd.fdsn.seed": ["seed", "dataless"],
  "application/vnd.flographit": ["gph"],
  "application/vnd.fluxtime.clip": ["ftc"],
  "application/vnd.framemaker": ["fm", "frame", "maker", "book"],
  "application/vnd.frogans.fnc": ["fnc"],
  "application/vnd.frogans.ltf": ["ltf"],
  "application/vnd.fsc.weblaunch": ["fsc"],
  "application/vnd.fujitsu.oasys": ["oas"],
  "application/vnd.fujitsu.oasys2": ["oa2"],
  "application/vnd.fujitsu.oasys3": ["oa3"],
  "application/vnd.fujitsu.oasysgp": ["fg5"],
  "application/vnd.fujitsu.oasysprs": ["bh2"],
  "application/vnd.fujixerox.ddd": ["ddd"],
  "application/vnd.fujixerox.docuworks": ["xdw"],
  "application/vnd.fujixerox.docuworks.binder": ["xbd"],
  "application/vnd.fuzzysheet": ["fzs"],
  "application/vnd.genomatix.tuxedo": ["txd"],
  "application/vnd.geogebra.file": ["ggb"],
  "application/vnd.geogebra.slides": ["ggs"],
  "application/vnd.geogebra.tool": ["ggt"],
  "application/vnd.geometry-explorer": ["gex", "gre"],
  "application/vnd.geonext": ["gxt"],
  "application/vnd.geoplan": ["g2w"],
  "application/vnd.geospace": ["g3w"],
  "application/vnd.gmx": ["gmx"],
  "application/vnd.google-apps.document": ["gdoc"],
  "application/vnd.google-apps.drawing": ["gdraw"],
  "application/vnd.google-apps.form": ["gform"],
  "application/vnd.google-apps.jam": ["gjam"],
  "application/vnd.google-apps.map": ["gmap"],
  "application/vnd.google-apps.presentation": ["gslides"],
  "application/vnd.google-apps.script": ["gscript"],
  "application/vnd.google-apps.site": ["gsite"],
  "application/vnd.google-apps.spreadsheet": ["gsheet"],
  "application/vnd.google-earth.kml+xml": ["kml"],
  "application/vnd.google-earth.kmz": ["kmz"],
  "application/vnd.gov.sk.xmldatacontainer+xml": ["xdcf"],
  "application/vnd.grafeq": ["gqf", "gqs"],
  "application/vnd.groove-account": ["gac"],
  "application/vnd.groove-help": ["ghf"],
  "application/vnd.groove-identity-message": ["gim"],
  "application/vnd.groove-injector": ["grv"],
  "application/vnd.groove-tool-message": ["gtm"],
  "application/vnd.groove-tool-template": ["tpl"],
  "application/vnd.groove-vcard": ["vcg"],
  "application/vnd.hal+xml": ["hal"],
  "application/vnd.handheld-entertainment+xml": ["zmm"],
  "application/vnd.hbci": ["hbci"],
  "application/vnd.hhe.lesson-player": ["les"],
  "application/vnd.hp-hpgl": ["hpgl"],
  "application/vnd.hp-hpid": ["hpid"],
  "application/vnd.hp-hps": ["hps"],
  "application/vnd.hp-jlyt": ["jlt"],
  "application/vnd.hp-pcl": ["pcl"],
  "application/vnd.hp-pclxl": ["pclxl"],
  "application/vnd.hydrostatix.sof-data": ["sfd-hdstx"],
  "application/vnd.ibm.minipay": ["mpy"],
  "application/vnd.ibm.modcap": ["afp", "listafp", "list3820"],
  "application/vnd.ibm.rights-management": ["irm"],
  "application/vnd.ibm.secure-container": ["sc"],
  "application/vnd.iccprofile": ["icc", "icm"],
  "application/vnd.igloader": ["igl"],
  "application/vnd.immervision-ivp": ["ivp"],
  "application/vnd.immervision-ivu": ["ivu"],
  "application/vnd.insors.igm": ["igm"],
  "application/vnd.intercon.formnet": ["xpw", "xpx"],
  "application/vnd.intergeo": ["i2g"],
  "application/vnd.intu.qbo": ["qbo"],
  "application/vnd.intu.qfx": ["qfx"],
  "application/vnd.ipunplugged.rcprofile": ["rcprofile"],
  "application/vnd.irepository.package+xml": ["irp"],
  "application/vnd.is-xpr": ["xpr"],
  "application/vnd.isac.fcs": ["fcs"],
  "application/vnd.jam": ["jam"],
  "application/vnd.jcp.javame.midlet-rms": ["rms"],
  "application/vnd.jisp": ["jisp"],
  "application/vnd.joost.joda-archive": ["joda"],
  "application/vnd.kahootz": ["ktz", "ktr"],
  "application/vnd.kde.karbon": ["karbon"],
  "application/vnd.kde.kchart": ["chrt"],
  "application/vnd.kde.kformula": ["kfo"],
  "application/vnd.kde.kivio": ["flw"],
  "application/vnd.kde.kontour": ["kon"],
  "application/vnd.kde.kpresenter": ["kpr", "kpt"],
  "application/vnd.kde.kspread": ["ksp"],
  "application/vnd.kde.kword": ["kwd", "kwt"],
  "application/vnd.kenameaapp": ["htke"],
  "application/vnd.kidspiration": ["kia"],
  "application/vnd.kinar": ["kne", "knp"],
  "application/vnd.koan": ["skp", "skd", "skt", "skm"],
  "application/vnd.kodak-descriptor": ["sse"],
  "application/vnd.las.las+xml": ["lasxml"],
  "application/vnd.llamagraphics.life-balance.desktop": ["lbd"],
  "application/vnd.llamagraphics.life-balance.exchange+xml": ["lbe"],
  "application/vnd.lotus-1-2-3": ["123"],
  "application/vnd.lotus-approach": ["apr"],
  "application/vnd.lotus-freelance": ["pre"],
  "application/vnd.lotus-notes": ["nsf"],
  "application/vnd.lotus-organizer": ["org"],
  "application/vnd.lotus-screencam": ["scm"],
  "application/vnd.lotus-wordpro": ["lwp"],
  "application/vnd.macports.portpkg": ["portpkg"],
  "application/vnd.mapbox-vector-tile": ["mvt"],
  "application/vnd.mcd": ["mcd"],
  "application/vnd.medcalcdata": ["mc1"],
  "application/vnd.mediastation.cdkey": ["cdkey"],
  "application/vnd.mfer": ["mwf"],
  "application/vnd.mfmp": ["mfm"],
  "application/vnd.micrografx.flo": ["flo"],
  "application/vnd.micrografx.igx": ["igx"],
  "application/vnd.mif": ["mif"],
  "application/vnd.mobius.daf": ["daf"],
  "application/vnd.mobius.dis": ["dis"],
  "application/vnd.mobius.mbk": ["mbk"],
  "application/vnd.mobius.mqy": ["mqy"],
  "application/vnd.mobius.msl": ["msl"],
  "application/vnd.mobius.plc": ["plc"],
  "application/vnd.mobius.txf": ["txf"],
  "application/vnd.mophun.application": ["mpn"],
  "application/vnd.mophun.certificate": ["mpc"],
  "application/vnd.mozilla.xul+xml": ["xul"],
  "application/vnd.ms-artgalry": ["cil"],
  "application/vnd.ms-cab-compressed": ["cab"],
  "application/vnd.ms-excel": ["xls", "xlm", "xla", "xlc", "xlt", "xlw"],
  "application/vnd.ms-excel.addin.macroenabled.12": ["xlam"],
  "application/vnd.ms-excel.sheet.binary.macroenabled.12": ["xlsb"],
  "application/vnd.ms-excel.sheet.macroenabled.12": ["xlsm"],
  "application/vnd.ms-excel.template.macroenabled.12": ["xltm"],
  "application/vnd.ms-fontobject": ["eot"],
  "application/vnd.ms-htmlhelp": ["chm"],
  "application/vnd.ms-ims": ["ims"],
  "application/vnd.ms-lrm": ["lrm"],
  "application/vnd.ms-officetheme": ["thmx"],
  "application/vnd.ms-outlook": ["msg"],
  "application/vnd.ms-pki.seccat": ["cat"],
  "application/vnd.ms-pki.stl": ["*stl"],
  "application/vnd.ms-powerpoint": ["ppt", "pps", "pot"],
  "application/vnd.ms-powerpoint.addin.macroenabled.12": ["ppam"],
  "application/vnd.ms-powerpoint.presentation.macroenabled.12": ["pptm"],
  "application/vnd.ms-powerpoint.slide.macroenabled.12": ["sldm"],
  "application/vnd.ms-powerpoint.slideshow.macroenabled.12": ["ppsm"],
  "application/vnd.ms-powerpoint.template.macroenabled.12": ["potm"],
  "application/vnd.ms-project": ["*mpp", "mpt"],
  "application/vnd.ms-visio.viewer": ["vdx"],
  "application/vnd.ms-word.document.macroenabled.12": ["docm"],
  "application/vnd.ms-word.template.macroenabled.12": ["dotm"],
  "application/vnd.ms-works": ["wps", "wks", "wcm", "wdb"],
  "application/vnd.ms-wpl": ["wpl"],
  "application/vnd.ms-xpsdocument": ["xps"],
  "application/vnd.mseq": ["mseq"],
  "application/vnd.musician": ["mus"],
  "application/vnd.muvee.style": ["msty"],
  "application/vnd.mynfc": ["taglet"],
  "application/vnd.nato.bindingdataobject+xml": ["bdo"],
  "application/vnd.neurolanguage.nlu": ["nlu"],
  "application/vnd.nitf": ["ntf", "nitf"],
  "application/vnd.noblenet-directory": ["nnd"],
  "application/vnd.noblenet-sealer": ["nns"],
  "application/vnd.noblenet-web": ["nnw"],
  "application/vnd.nokia.n-gage.ac+xml": ["*ac"],
  "application/vnd.nokia.n-gage.data": ["ngdat"],
  "application/vnd.nokia.n-gage.symbian.install": ["n-gage"],
  "application/vnd.nokia.radio-preset": ["rpst"],
  "application/vnd.nokia.radio-presets": ["rpss"],
  "application/vnd.novadigm.edm": ["edm"],
  "application/vnd.novadigm.edx": ["edx"],
  "application/vnd.novadigm.ext": ["ext"],
  "application/vnd.oasis.opendocument.chart": ["odc"],
  "application/vnd.oasis.opendocument.chart-template": ["otc"],
  "application/vnd.oasis.opendocument.database": ["odb"],
  "application/vnd.oasis.opendocument.formula": ["odf"],
  "application/vnd.oasis.opendocument.formula-template": ["odft"],
  "application/vnd.oasis.opendocument.graphics": ["odg"],
  "application/vnd.oasis.opendocument.graphics-template": ["otg"],
  "application/vnd.oasis.opendocument.image": ["odi"],
  "application/vnd.oasis.opendocument.image-template": ["oti"],
  "application/vnd.oasis.opendocument.presentation": ["odp"],
  "application/vnd.oasis.opendocument.presentation-template": ["otp"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "application/vnd.oasis.opendocument.spreadsheet-template": ["ots"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "application/vnd.oasis.opendocument.text-master": ["odm"],
  "application/vnd.oasis.opendocument.text-template": ["ott"],
  "application/vnd.oasis.opendocument.text-web": ["oth"],
  "application/vnd.olpc-sugar": ["xo"],
  "application/vnd.oma.dd2+xml": ["dd2"],
  "application/vnd.openblox.game+xml": ["obgx"],
  "application/vnd.openofficeorg.extension": ["oxt"],
  "application/vnd.openstreetmap.data+xml": ["osm"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": [
    "pptx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.slide": [
    "sldx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow": [
    "ppsx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.template": [
    "potx"
  ],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template": [
    "xltx"
  ],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [
    "docx"
  ],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template": [
    "dotx"
  ],
  "application/vnd.osgeo.mapguide.package": ["mgp"],
  "application/vnd.osgi.dp": ["dp"],
  "application/vnd.osgi.subsystem": ["esa"],
  "application/vnd.palm": ["pdb", "pqa", "oprc"],
  "application/vnd.pawaafile": ["paw"],
  "application/vnd.pg.format": ["str"],
  "application/vnd.pg.osasli": ["ei6"],
  "application/vnd.picsel": ["efif"],
  "application/vnd.pmi.widget": ["wg"],
  "application/vnd.pocketlearn": ["plf"],
  "application/vnd.powerbuilder6": ["pbd"],
  "application/vnd.previewsystems.box": ["box"],
  "application/vnd.procrate.brushset": ["brushset"],
  "application/vnd.procreate.brush": ["brush"],
  "application/vnd.procreate.dream": ["drm"],
  "application/vnd.proteus.magazine": ["mgz"],
  "application/vnd.publishare-delta-tree": ["qps"],
  "application/vnd.pvi.ptid1": ["ptid"],
  "application/vnd.pwg-xhtml-print+xml": ["xhtm"],
  "application/vnd.quark.quarkxpress": [
    "qxd",
    "qxt",
    "qwd",
    "qwt",
    "qxl",
    "qxb"
  ],
  "application/vnd.rar": ["rar"],
  "application/vnd.realvnc.bed": ["bed"],
  "application/vnd.recordare.musicxml": ["mxl"],
  "application/vnd.recordare.musicxml+xml": ["musicxml"],
  "application/vnd.rig.cryptonote": ["cryptonote"],
  "application/vnd.rim.cod": ["cod"],
  "application/vnd.rn-realmedia": ["rm"],
  "application/vnd.rn-realmedia-vbr": ["rmvb"],
  "application/vnd.route66.link66+xml": ["link66"],
  "application/vnd.sailingtracker.track": ["st"],
  "application/vnd.seemail": ["see"],
  "application/vnd.sema": ["sema"],
  "application/vnd.semd": ["semd"],
  "application/vnd.semf": ["semf"],
  "application/vnd.shana.informed.formdata": ["ifm"],
  "application/vnd.shana.informed.formtemplate": ["itp"],
  "application/vnd.shana.informed.interchange": ["iif"],
  "application/vnd.shana.informed.package": ["ipk"],
  "application/vnd.simtech-mindmapper": ["twd", "twds"],
  "application/vnd.smaf": ["mmf"],
  "application/vnd.smart.teacher": ["teacher"],
  "application/vnd.software602.filler.form+xml": ["fo"],
  "application/vnd.solent.sdkm+xml": ["sdkm", "sdkd"],
  "application/vnd.spotfire.dxp": ["dxp"],
  "application/vnd.spotfire.sfs": ["sfs"],
  "application/vnd.stardivision.calc": ["sdc"],
  "application/vnd.stardivision.draw": ["sda"],
  "application/vnd.stardivision.impress": ["sdd"],
  "application/vnd.stardivision.math": ["smf"],
  "application/vnd.stardivision.writer": ["sdw", "vor"],
  "application/vnd.stardivision.writer-global": ["sgl"],
  "application/vnd.stepmania.package": ["smzip"],
  "application/vnd.stepmania.stepchart": ["sm"],
  "application/vnd.sun.wadl+xml": ["wadl"],
  "application/vnd.sun.xml.calc": ["sxc"],
  "application/vnd.sun.xml.calc.template": ["stc"],
  "application/vnd.sun.xml.draw": ["sxd"],
  "application/vnd.sun.xml.draw.template": ["std"],
  "application/vnd.sun.xml.impress": ["sxi"],
  "application/vnd.sun.xml.impress.template": ["sti"],
  "application/vnd.sun.xml.math": ["sxm"],
  "application/vnd.sun.xml.writer": ["sxw"],
  "application/vnd.sun.xml.writer.global": ["sxg"],
  "application/vnd.sun.xml.writer.template": ["stw"],
  "application/vnd.sus-calendar": ["sus", "susp"],
  "application/vnd.svd": ["svd"],
  "application/vnd.symbian.install": ["sis", "sisx"],
  "application/vnd.syncml+xml": ["xsm"],
  "application/vnd.syncml.dm+wbxml": ["bdm"],
  "application/vnd.syncml.dm+xml": ["xdm"],
  "application/vnd.syncml.dmddf+xml": ["ddf"],
  "application/vnd.tao.intent-module-archive": ["tao"],
  "application/vnd.tcpdump.pcap": ["pcap", "cap", "dmp"],
  "application/vnd.tmobile-livetv": ["tmo"],
  "application/vnd.trid.tpt": ["tpt"],
  "application/vnd.triscape.mxs": ["mxs"],
  "application/vnd.trueapp": ["tra"],
  "application/vnd.ufdl": ["ufd", "ufdl"],
  "application/vnd.uiq.theme": ["utz"],
  "application/vnd.umajin": ["umj"],
  "application/vnd.unity": ["unityweb"],
  "application/vnd.uoml+xml": ["uoml", "uo"],
  "application/vnd.vcx": ["vcx"],
  "application/vnd.visio": ["vsd", "vst", "vss", "vsw", "vsdx", "vtx"],
  "application/vnd.visionary": ["vis"],
  "application/vnd.vsf": ["vsf"],
  "application/vnd.wap.wbxml": ["wbxml"],
  "application/vnd.wap.wmlc": ["wmlc"],
  "application/vnd.wap.wmlscriptc": ["wmlsc"],
  "application/vnd.webturbo": ["wtb"],
  "application/vnd.wolfram.player": ["nbp"],
  "application/vnd.wordperfect": ["wpd"],
  "application/vnd.wqd": ["wqd"],
  "application/vnd.wt.stf": ["stf"],
  "application/vnd.xara": ["xar"],
  "application/vnd.xfdl": ["xfdl"],
  "application/vnd.yamaha.hv-dic": ["hvd"],
  "application/vnd.yamaha.hv-script": ["hvs"],
  "application/vnd.yamaha.hv-voice": ["hvp"],
  "application/vnd.yamaha.openscoreformat": ["osf"],
  "application/vnd.yamaha.openscoreformat.osfpvg+xml": ["osfpvg"],
  "application/vnd.yamaha.smaf-audio": ["saf"],
  "application/vnd.yamaha.smaf-phrase": ["spf"],
  "application/vnd.yellowriver-custom-menu": ["cmp"],
  "application/vnd.zul": ["zir", "zirz"],
  "application/vnd.zzazz.deck+xml": ["zaz"],
  "application/x-7z-compressed": ["7z"],
  "application/x-abiword": ["abw"],
  "application/x-ace-compressed": ["ace"],
  "application/x-apple-diskimage": ["*dmg"],
  "application/x-arj": ["arj"],
  "application/x-authorware-bin": ["aab", "x32", "u32", "vox"],
  "application/x-authorware-map": ["aam"],
  "application/x-authorware-seg": ["aas"],
  "application/x-bcpio": ["bcpio"],
  "application/x-bdoc": ["*bdoc"],
  "application/x-bittorrent": ["torrent"],
  "application/x-blender": ["blend"],
  "application/x-blorb": ["blb", "blorb"],
  "application/x-bzip": ["bz"],
  "application/x-bzip2": ["bz2", "boz"],
  "application/x-cbr": ["cbr", "cba", "cbt", "cbz", "cb7"],
  "application/x-cdlink": ["vcd"],
  "application/x-cfs-compressed": ["cfs"],
  "application/x-chat": ["chat"],
  "application/x-chess-pgn": ["pgn"],
  "application/x-chrome-extension": ["crx"],
  "application/x-cocoa": ["cco"],
  "application/x-compressed": ["*rar"],
  "application/x-conference": ["nsc"],
  "application/x-cpio": ["cpio"],
  "application/x-csh": ["csh"],
  "application/x-debian-package": ["*deb", "udeb"],
  "application/x-dgc-compressed": ["dgc"],
  "application/x-director": [
    "dir",
    "dcr",
    "dxr",
    "cst",
    "cct",
    "cxt",
    "w3d",
    "fgd",
    "swa"
  ],
  "application/x-doom": ["wad"],
  "application/x-dtbncx+xml": ["ncx"],
  "application/x-dtbook+xml": ["dtb"],
  "application/x-dtbresource+xml": ["res"],
  "application/x-dvi": ["dvi"],
  "application/x-envoy": ["evy"],
  "application/x-eva": ["eva"],
  "application/x-font-bdf": ["bdf"],
  "application/x-font-ghostscript": ["gsf"],
  "application/x-font-linux-psf": ["psf"],
  "application/x-font-pcf": ["pcf"],
  "application/x-font-snf": ["snf"],
  "application/x-font-type1": ["pfa", "pfb", "pfm", "afm"],
  "application/x-freearc": ["arc"],
  "application/x-futuresplash": ["spl"],
  "application/x-gca-compressed": ["gca"],
  "application/x-glulx": ["ulx"],
  "application/x-gnumeric": ["gnumeric"],
  "application/x-gramps-xml": ["gramps"],
  "application/x-gtar": ["gtar"],
  "application/x-hdf": ["hdf"],
  "application/x-httpd-php": ["php"],
  "application/x-install-instructions": ["install"],
  "application/x-ipynb+json": ["ipynb"],
  "application/x-iso9660-image": ["*iso"],
  "application/x-iwork-keynote-sffkey": ["*key"],
  "application/x-iwork-numbers-sffnumbers": ["*numbers"],
  "application/x-iwork-pages-sffpages": ["*pages"],
  "application/x-java-archive-diff": ["jardiff"],
  "application/x-java-jnlp-file": ["jnlp"],
  "application/x-keepass2": ["kdbx"],
  "application/x-latex": ["latex"],
  "application/x-lua-bytecode": ["luac"],
  "application/x-lzh-compressed": ["lzh", "lha"],
  "application/x-makeself": ["run"],
  "application/x-mie": ["mie"],
  "application/x-mobipocket-ebook": ["*prc", "mobi"],
  "application/x-ms-application": ["application"],
  "application/x-ms-shortcut": ["lnk"],
  "application/x-ms-wmd": ["wmd"],
  "application/x-ms-wmz": ["wmz"],
  "application/x-ms-xbap": ["xbap"],
  "application/x-msaccess": ["mdb"],
  "application/x-msbinder": ["obd"],
  "application/x-mscardfile": ["crd"],
  "application/x-msclip": ["clp"],
  "application/x-msdos-program": ["*exe"],
  "application/x-msdownload": ["*exe", "*dll", "com", "bat", "*msi"],
  "application/x-msmediaview": ["mvb", "m13", "m14"],
  "application/x-msmetafile": ["*wmf", "*wmz", "*emf", "emz"],
  "application/x-msmoney": ["mny"],
  "application/x-mspublisher": ["pub"],
  "application/x-msschedule": ["scd"],
  "application/x-msterminal": ["trm"],
  "application/x-mswrite": ["wri"],
  "application/x-netcdf": ["nc", "cdf"],
  "application/x-ns-proxy-autoconfig": ["pac"],
  "application/x-nzb": ["nzb"],
  "application/x-perl": ["pl", "pm"],
  "application/x-pilot": ["*prc", "*pdb"],
  "application/x-pkcs12": ["p12", "pfx"],
  "application/x-pkcs7-certificates": ["p7b", "spc"],
  "application/x-pkcs7-certreqresp": ["p7r"],
  "application/x-rar-compressed": ["*rar"],
  "application/x-redhat-package-manager": ["rpm"],
  "application/x-research-info-systems": ["ris"],
  "application/x-sea": ["sea"],
  "application/x-sh": ["sh"],
  "application/x-shar": ["shar"],
  "application/x-shockwave-flash": ["swf"],
  "application/x-silverlight-app": ["xap"],
  "application/x-sql": ["*sql"],
  "application/x-stuffit": ["sit"],
  "application/x-stuffitx": ["sitx"],
  "application/x-subrip": ["srt"],
  "application/x-sv4cpio": ["sv4cpio"],
  "application/x-sv4crc": ["sv4crc"],
  "application/x-t3vm-image": ["t3"],
  "application/x-tads": ["gam"],
  "application/x-tar": ["tar"],
  "application/x-tcl": ["tcl", "tk"],
  "application/x-tex": ["tex"],
  "application/x-tex-tfm": ["tfm"],
  "application/x-texinfo": ["texinfo", "texi"],
  "application/x-tgif": ["*obj"],
  "application/x-ustar": ["ustar"],
  "application/x-virtualbox-hdd": ["hdd"],
  "application/x-virtualbox-ova": ["ova"],
  "application/x-virtualbox-ovf": ["ovf"],
  "application/x-virtualbox-vbox": ["vbox"],
  "application/x-virtualbox-vbox-extpack": ["vbox-extpack"],
  "application/x-virtualbox-vdi": ["vdi"],
  "application/x-virtualbox-vhd": ["vhd"],
  "application/x-virtualbox-vmdk": ["vmdk"],
  "application/x-wais-source": ["src"],
  "application/x-web-app-manifest+json": ["webapp"],
  "application/x-x509-ca-cert": ["der", "crt", "pem"],
  "application/x-xfig": ["fig"],
  "application/x-xliff+xml": ["*xlf"],
  "application/x-xpinstall": ["xpi"],
  "application/x-xz": ["xz"],
  "application/x-zip-compressed": ["*zip"],
  "application/x-zmachine": ["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8"],
  "audio/vnd.dece.audio": ["uva", "uvva"],
  "audio/vnd.digital-winds": ["eol"],
  "audio/vnd.dra": ["dra"],
  "audio/vnd.dts": ["dts"],
  "audio/vnd.dts.hd": ["dtshd"],
  "audio/vnd.lucent.voice": ["lvp"],
  "audio/vnd.ms-playready.media.pya": ["pya"],
  "audio/vnd.nuera.ecelp4800": ["ecelp4800"],
  "audio/vnd.nuera.ecelp7470": ["ecelp7470"],
  "audio/vnd.nuera.ecelp9600": ["ecelp9600"],
  "audio/vnd.rip": ["rip"],
  "audio/x-aac": ["*aac"],
  "audio/x-aiff": ["aif", "aiff", "aifc"],
  "audio/x-caf": ["caf"],
  "audio/x-flac": ["flac"],
  "audio/x-m4a": ["*m4a"],
  "audio/x-matroska": ["mka"],
  "audio/x-mpegurl": ["m3u"],
  "audio/x-ms-wax": ["wax"],
  "audio/x-ms-wma": ["wma"],
  "audio/x-pn-realaudio": ["ram", "ra"],
  "audio/x-pn-realaudio-plugin": ["rmp"],
  "audio/x-realaudio": ["*ra"],
  "audio/x-wav": ["*wav"],
  "chemical/x-cdx": ["cdx"],
  "chemical/x-cif": ["cif"],
  "chemical/x-cmdf": ["cmdf"],
  "chemical/x-cml": ["cml"],
  "chemical/x-csml": ["csml"],
  "chemical/x-xyz": ["xyz"],
  "image/prs.btif": ["btif", "btf"],
  "image/prs.pti": ["pti"],
  "image/vnd.adobe.photoshop": ["psd"],
  "image/vnd.airzip.accelerator.azv": ["azv"],
  "image/vnd.blockfact.facti": ["facti"],
  "image/vnd.dece.graphic": ["uvi", "uvvi", "uvg", "uvvg"],
  "image/vnd.djvu": ["djvu", "djv"],
  "image/vnd.dvb.subtitle": ["*sub"],
  "image/vnd.dwg": ["dwg"],
  "image/vnd.dxf": ["dxf"],
  "image/vnd.fastbidsheet": ["fbs"],
  "image/vnd.fpx": ["fpx"],
  "image/vnd.fst": ["fst"],
  "image/vnd.fujixerox.edmics-mmr": ["mmr"],
  "image/vnd.fujixerox.edmics-rlc": ["rlc"],
  "image/vnd.microsoft.icon": ["ico"],
  "image/vnd.ms-dds": ["dds"],
  "image/vnd.ms-modi": ["mdi"],
  "image/vnd.ms-photo": ["wdp"],
  "image/vnd.net-fpx": ["npx"],
  "image/vnd.pco.b16": ["b16"],
  "image/vnd.tencent.tap": ["tap"],
  "image/vnd.valve.source.texture": ["vtf"],
  "image/vnd.wap.wbmp": ["wbmp"],
  "image/vnd.xiff": ["xif"],
  "image/vnd.zbrush.pcx": ["pcx"],
  "image/x-3ds": ["3ds"],
  "image/x-adobe-dng": ["dng"],
  "image/x-cmu-raster": ["ras"],
  "image/x-cmx": ["cmx"],
  "image/x-freehand": ["fh", "fhc", "fh4", "fh5", "fh7"],
  "image/x-icon": ["*ico"],
  "image/x-jng": ["jng"],
  "image/x-mrsid-image": ["sid"],
  "image/x-ms-bmp": ["*bmp"],
  "image/x-pcx": ["*pcx"],
  "image/x-pict": ["pic", "pct"],
  "image/x-portable-anymap": ["pnm"],
  "image/x-portable-bitmap": ["pbm"],
  "image/x-portable-graymap": ["pgm"],
  "image/x-portable-pixmap": ["ppm"],
  "image/x-rgb": ["rgb"],
  "image/x-tga": ["tga"],
  "image/x-xbitmap": ["xbm"],
  "image/x-xpixmap": ["xpm"],
  "image/x-xwindowdump": ["xwd"],
  "message/vnd.wfa.wsc": ["wsc"],
  "model/vnd.bary": ["bary"],
  "model/vnd.cld": ["cld"],
  "model/vnd.collada+xml": ["dae"],
  "model/vnd.dwf": ["dwf"],
  "model/vnd.gdl": ["gdl"],
  "model/vnd.gtw": ["gtw"],
  "model/vnd.mts": ["*mts"],
  "model/vnd.opengex": ["ogex"],
  "model/vnd.parasolid.transmit.binary": ["x_b"],
  "model/vnd.parasolid.transmit.text": ["x_t"],
  "model/vnd.pytha.pyox": ["pyo", "pyox"],
  "model/vnd.sap.vds": ["vds"],
  "model/vnd.usda": ["usda"],
  "model/vnd.usdz+zip": ["usdz"],
  "model/vnd.valve.source.compiled-map": ["bsp"],
  "model/vnd.vtu": ["vtu"],
  "text/prs.lines.tag": ["dsc"],
  "text/vnd.curl": ["curl"],
  "text/vnd.curl.dcurl": ["dcurl"],
  "text/vnd.curl.mcurl": ["mcurl"],
  "text/vnd.curl.scurl": ["scurl"],
  "text/vnd.dvb.subtitle": ["sub"],
  "text/vnd.familysearch.gedcom": ["ged"],
  "text/vnd.fly": ["fly"],
  "text/vnd.fmi.flexstor": ["flx"],
  "text/vnd.graphviz": ["gv"],
  "text/vnd.in3d.3dml": ["3dml"],
  "text/vnd.in3d.spot": ["spot"],
  "text/vnd.sun.j2me.app-descriptor": ["jad"],
  "text/vnd.wap.wml": ["wml"],
  "text/vnd.wap.wmlscript": ["wmls"],
  "text/x-asm": ["s", "asm"],
  "text/x-c": ["c", "cc", "cxx", "cpp", "h", "hh", "dic"],
  "text/x-component": ["htc"],
  "text/x-fortran": ["f", "for", "f77", "f90"],
  "text/x-handlebars-template": ["hbs"],
  "text/x-java-source": ["java"],
  "text/x-lua": ["lua"],
  "text/x-markdown": ["mkd"],
  "text/x-nfo": ["nfo"],
  "text/x-opml": ["opml"],
  "text/x-org": ["*org"],
  "text/x-pascal": ["p", "pas"],
  "text/x-processing": ["pde"],
  "text/x-sass": ["sass"],
  "text/x-scss": ["scss"],
  "text/x-setext": ["etx"],
  "text/x-sfv": ["sfv"],
  "text/x-suse-ymp": ["ymp"],
  "text/x-uuencode": ["uu"],
  "text/x-vcalendar": ["vcs"],
  "text/x-vcard": ["vcf"],
  "video/vnd.dece.hd": ["uvh", "uvvh"],
  "video/vnd.dece.mobile": ["uvm", "uvvm"],
  "video/vnd.dece.pd": ["uvp", "uvvp"],
  "video/vnd.dece.sd": ["uvs", "uvvs"],
  "video/vnd.dece.video": ["uvv", "uvvv"],
  "video/vnd.dvb.file": ["dvb"],
  "video/vnd.fvt": ["fvt"],
  "video/vnd.mpegurl": ["mxu", "m4u"],
  "video/vnd.ms-playready.media.pyv": ["pyv"],
  "video/vnd.uvvu.mp4": ["uvu", "uvvu"],
  "video/vnd.vivo": ["viv"],
  "video/x-f4v": ["f4v"],
  "video/x-fli": ["fli"],
  "video/x-flv": ["flv"],
  "video/x-m4v": ["m4v"],
  "video/x-matroska": ["mkv", "mk3d", "mks"],
  "video/x-mng": ["mng"],
  "video/x-ms-asf": ["asf", "asx"],
  "video/x-ms-vob": ["vob"],
  "video/x-ms-wm": ["wm"],
  "video/x-ms-wmv": ["wmv"],
  "video/x-ms-wmx": ["wmx"],
  "video/x-ms-wvx": ["wvx"],
  "video/x-msvideo": ["avi"],
  "video/x-sgi-movie": ["movie"],
  "video/x-smv": ["smv"],
  "x-conference/x-cooltalk": ["ice"]
};
Object.freeze(types);
var other_default = types;

// node_modules/mime/dist/types/standard.js
var types2 = {
  "application/andrew-inset": ["ez"],
  "application/appinstaller": ["appinstaller"],
  "application/applixware": ["aw"],
  "application/appx": ["appx"],
  "application/appxbundle": ["appxbundle"],
  "application/atom+xml": ["atom"],
  "application/atomcat+xml": ["atomcat"],
  "application/atomdeleted+xml": ["atomdeleted"],
  "application/atomsvc+xml": ["atomsvc"],
  "application/atsc-dwd+xml": ["dwd"],
  "application/atsc-held+xml": ["held"],
  "application/atsc-rsat+xml": ["rsat"],
  "application/automationml-aml+xml": ["aml"],
  "application/automationml-amlx+zip": ["amlx"],
  "application/bdoc": ["bdoc"],
  "application/calendar+xml": ["xcs"],
  "application/ccxml+xml": ["ccxml"],
  "application/cdfx+xml": ["cdfx"],
  "application/cdmi-capability": ["cdmia"],
  "application/cdmi-container": ["cdmic"],
  "application/cdmi-domain": ["cdmid"],
  "application/cdmi-object": ["cdmio"],
  "application/cdmi-queue": ["cdmiq"],
  "application/cpl+xml": ["cpl"],
  "application/cu-seeme": ["cu"],
  "application/cwl": ["cwl"],
  "application/dash+xml": ["mpd"],
  "application/dash-patch+xml": ["mpp"],
  "application/davmount+xml": ["davmount"],
  "application/dicom": ["dcm"],
  "application/docbook+xml": ["dbk"],
  "application/dssc+der": ["dssc"],
  "application/dssc+xml": ["xdssc"],
  "application/ecmascript": ["ecma"],
  "application/emma+xml": ["emma"],
  "application/emotionml+xml": ["emotionml"],
  "application/epub+zip": ["epub"],
  "application/exi": ["exi"],
  "application/express": ["exp"],
  "application/fdf": ["fdf"],
  "application/fdt+xml": ["fdt"],
  "application/font-tdpfr": ["pfr"],
  "application/geo+json": ["geojson"],
  "application/gml+xml": ["gml"],
  "application/gpx+xml": ["gpx"],
  "application/gxf": ["gxf"],
  "application/gzip": ["gz"],
  "application/hjson": ["hjson"],
  "application/hyperstudio": ["stk"],
  "application/inkml+xml": ["ink", "inkml"],
  "application/ipfix": ["ipfix"],
  "application/its+xml": ["its"],
  "application/java-archive": ["jar", "war", "ear"],
  "application/java-serialized-object": ["ser"],
  "application/java-vm": ["class"],
  "application/javascript": ["*js"],
  "application/json": ["json", "map"],
  "application/json5": ["json5"],
  "application/jsonml+json": ["jsonml"],
  "application/ld+json": ["jsonld"],
  "application/lgr+xml": ["lgr"],
  "application/lost+xml": ["lostxml"],
  "application/mac-binhex40": ["hqx"],
  "application/mac-compactpro": ["cpt"],
  "application/mads+xml": ["mads"],
  "application/manifest+json": ["webmanifest"],
  "application/marc": ["mrc"],
  "application/marcxml+xml": ["mrcx"],
  "application/mathematica": ["ma", "nb", "mb"],
  "application/mathml+xml": ["mathml"],
  "application/mbox": ["mbox"],
  "application/media-policy-dataset+xml": ["mpf"],
  "application/mediaservercontrol+xml": ["mscml"],
  "application/metalink+xml": ["metalink"],
  "application/metalink4+xml": ["meta4"],
  "application/mets+xml": ["mets"],
  "application/mmt-aei+xml": ["maei"],
  "application/mmt-usd+xml": ["musd"],
  "application/mods+xml": ["mods"],
  "application/mp21": ["m21", "mp21"],
  "application/mp4": ["*mp4", "*mpg4", "mp4s", "m4p"],
  "application/msix": ["msix"],
  "application/msixbundle": ["msixbundle"],
  "application/msword": ["doc", "dot"],
  "application/mxf": ["mxf"],
  "application/n-quads": ["nq"],
  "application/n-triples": ["nt"],
  "application/node": ["cjs"],
  "application/octet-stream": [
    "bin",
    "dms",
    "lrf",
    "mar",
    "so",
    "dist",
    "distz",
    "pkg",
    "bpk",
    "dump",
    "elc",
    "deploy",
    "exe",
    "dll",
    "deb",
    "dmg",
    "iso",
    "img",
    "msi",
    "msp",
    "msm",
    "buffer"
  ],
  "application/oda": ["oda"],
  "application/oebps-package+xml": ["opf"],
  "application/ogg": ["ogx"],
  "application/omdoc+xml": ["omdoc"],
  "application/onenote": [
    "onetoc",
    "onetoc2",
    "onetmp",
    "onepkg",
    "one",
    "onea"
  ],
  "application/oxps": ["oxps"],
  "application/p2p-overlay+xml": ["relo"],
  "application/patch-ops-error+xml": ["xer"],
  "application/pdf": ["pdf"],
  "application/pgp-encrypted": ["pgp"],
  "application/pgp-keys": ["asc"],
  "application/pgp-signature": ["sig", "*asc"],
  "application/pics-rules": ["prf"],
  "application/pkcs10": ["p10"],
  "application/pkcs7-mime": ["p7m", "p7c"],
  "application/pkcs7-signature": ["p7s"],
  "application/pkcs8": ["p8"],
  "application/pkix-attr-cert": ["ac"],
  "application/pkix-cert": ["cer"],
  "application/pkix-crl": ["crl"],
  "application/pkix-pkipath": ["pkipath"],
  "application/pkixcmp": ["pki"],
  "application/pls+xml": ["pls"],
  "application/postscript": ["ai", "eps", "ps"],
  "application/provenance+xml": ["provx"],
  "application/pskc+xml": ["pskcxml"],
  "application/raml+yaml": ["raml"],
  "application/rdf+xml": ["rdf", "owl"],
  "application/reginfo+xml": ["rif"],
  "application/relax-ng-compact-syntax": ["rnc"],
  "application/resource-lists+xml": ["rl"],
  "application/resource-lists-diff+xml": ["rld"],
  "application/rls-services+xml": ["rs"],
  "application/route-apd+xml": ["rapd"],
  "application/route-s-tsid+xml": ["sls"],
  "application/route-usd+xml": ["rusd"],
  "application/rpki-ghostbusters": ["gbr"],
  "application/rpki-manifest": ["mft"],
  "application/rpki-roa": ["roa"],
  "application/rsd+xml": ["rsd"],
  "application/rss+xml": ["rss"],
  "application/rtf": ["rtf"],
  "application/sbml+xml": ["sbml"],
  "application/scvp-cv-request": ["scq"],
  "application/scvp-cv-response": ["scs"],
  "application/scvp-vp-request": ["spq"],
  "application/scvp-vp-response": ["spp"],
  "application/sdp": ["sdp"],
  "application/senml+xml": ["senmlx"],
  "application/sensml+xml": ["sensmlx"],
  "application/set-payment-initiation": ["setpay"],
  "application/set-registration-initiation": ["setreg"],
  "application/shf+xml": ["shf"],
  "application/sieve": ["siv", "sieve"],
  "application/smil+xml": ["smi", "smil"],
  "application/sparql-query": ["rq"],
  "application/sparql-results+xml": ["srx"],
  "application/sql": ["sql"],
  "application/srgs": ["gram"],
  "application/srgs+xml": ["grxml"],
  "application/sru+xml": ["sru"],
  "application/ssdl+xml": ["ssdl"],
  "application/ssml+xml": ["ssml"],
  "application/swid+xml": ["swidtag"],
  "application/tei+xml": ["tei", "teicorpus"],
  "application/thraud+xml": ["tfi"],
  "application/timestamped-data": ["tsd"],
  "application/toml": ["toml"],
  "application/trig": ["trig"],
  "application/ttml+xml": ["ttml"],
  "application/ubjson": ["ubj"],
  "application/urc-ressheet+xml": ["rsheet"],
  "application/urc-targetdesc+xml": ["td"],
  "application/voicexml+xml": ["vxml"],
  "application/wasm": ["wasm"],
  "application/watcherinfo+xml": ["wif"],
  "application/widget": ["wgt"],
  "application/winhlp": ["hlp"],
  "application/wsdl+xml": ["wsdl"],
  "application/wspolicy+xml": ["wspolicy"],
  "application/xaml+xml": ["xaml"],
  "application/xcap-att+xml": ["xav"],
  "application/xcap-caps+xml": ["xca"],
  "application/xcap-diff+xml": ["xdf"],
  "application/xcap-el+xml": ["xel"],
  "application/xcap-ns+xml": ["xns"],
  "application/xenc+xml": ["xenc"],
  "application/xfdf": ["xfdf"],
  "application/xhtml+xml": ["xhtml", "xht"],
  "application/xliff+xml": ["xlf"],
  "application/xml": ["xml", "xsl", "xsd", "rng"],
  "application/xml-dtd": ["dtd"],
  "application/xop+xml": ["xop"],
  "application/xproc+xml": ["xpl"],
  "application/xslt+xml": ["*xsl", "xslt"],
  "application/xspf+xml": ["xspf"],
  "application/xv+xml": ["mxml", "xhvml", "xvml", "xvm"],
  "application/yang": ["yang"],
  "application/yin+xml": ["yin"],
  "application/zip": ["zip"],
  "application/zip+dotlottie": ["lottie"],
  "audio/3gpp": ["*3gpp"],
  "audio/aac": ["adts", "aac"],
  "audio/adpcm": ["adp"],
  "audio/amr": ["amr"],
  "audio/basic": ["au", "snd"],
  "audio/midi": ["mid", "midi", "kar", "rmi"],
  "audio/mobile-xmf": ["mxmf"],
  "audio/mp3": ["*mp3"],
  "audio/mp4": ["m4a", "mp4a", "m4b"],
  "audio/mpeg": ["mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"],
  "audio/ogg": ["oga", "ogg", "spx", "opus"],
  "audio/s3m": ["s3m"],
  "audio/silk": ["sil"],
  "audio/wav": ["wav"],
  "audio/wave": ["*wav"],
  "audio/webm": ["weba"],
  "audio/xm": ["xm"],
  "font/collection": ["ttc"],
  "font/otf": ["otf"],
  "font/ttf": ["ttf"],
  "font/woff": ["woff"],
  "font/woff2": ["woff2"],
  "image/aces": ["exr"],
  "image/apng": ["apng"],
  "image/avci": ["avci"],
  "image/avcs": ["avcs"],
  "image/avif": ["avif"],
  "image/bmp": ["bmp", "dib"],
  "image/cgm": ["cgm"],
  "image/dicom-rle": ["drle"],
  "image/dpx": ["dpx"],
  "image/emf": ["emf"],
  "image/fits": ["fits"],
  "image/g3fax": ["g3"],
  "image/gif": ["gif"],
  "image/heic": ["heic"],
  "image/heic-sequence": ["heics"],
  "image/heif": ["heif"],
  "image/heif-sequence": ["heifs"],
  "image/hej2k": ["hej2"],
  "image/ief": ["ief"],
  "image/jaii": ["jaii"],
  "image/jais": ["jais"],
  "image/jls": ["jls"],
  "image/jp2": ["jp2", "jpg2"],
  "image/jpeg": ["jpg", "jpeg", "jpe"],
  "image/jph": ["jph"],
  "image/jphc": ["jhc"],
  "image/jpm": ["jpm", "jpgm"],
  "image/jpx": ["jpx", "jpf"],
  "image/jxl": ["jxl"],
  "image/jxr": ["jxr"],
  "image/jxra": ["jxra"],
  "image/jxrs": ["jxrs"],
  "image/jxs": ["jxs"],
  "image/jxsc": ["jxsc"],
  "image/jxsi": ["jxsi"],
  "image/jxss": ["jxss"],
  "image/ktx": ["ktx"],
  "image/ktx2": ["ktx2"],
  "image/pjpeg": ["jfif"],
  "image/png": ["png"],
  "image/sgi": ["sgi"],
  "image/svg+xml": ["svg", "svgz"],
  "image/t38": ["t38"],
  "image/tiff": ["tif", "tiff"],
  "image/tiff-fx": ["tfx"],
  "image/webp": ["webp"],
  "image/wmf": ["wmf"],
  "message/disposition-notification": ["disposition-notification"],
  "message/global": ["u8msg"],
  "message/global-delivery-status": ["u8dsn"],
  "message/global-disposition-notification": ["u8mdn"],
  "message/global-headers": ["u8hdr"],
  "message/rfc822": ["eml", "mime", "mht", "mhtml"],
  "model/3mf": ["3mf"],
  "model/gltf+json": ["gltf"],
  "model/gltf-binary": ["glb"],
  "model/iges": ["igs", "iges"],
  "model/jt": ["jt"],
  "model/mesh": ["msh", "mesh", "silo"],
  "model/mtl": ["mtl"],
  "model/obj": ["obj"],
  "model/prc": ["prc"],
  "model/step": ["step", "stp", "stpnc", "p21", "210"],
  "model/step+xml": ["stpx"],
  "model/step+zip": ["stpz"],
  "model/step-xml+zip": ["stpxz"],
  "model/stl": ["stl"],
  "model/u3d": ["u3d"],
  "model/vrml": ["wrl", "vrml"],
  "model/x3d+binary": ["*x3db", "x3dbz"],
  "model/x3d+fastinfoset": ["x3db"],
  "model/x3d+vrml": ["*x3dv", "x3dvz"],
  "model/x3d+xml": ["x3d", "x3dz"],
  "model/x3d-vrml": ["x3dv"],
  "text/cache-manifest": ["appcache", "manifest"],
  "text/calendar": ["ics", "ifb"],
  "text/coffeescript": ["coffee", "litcoffee"],
  "text/css": ["css"],
  "text/csv": ["csv"],
  "text/html": ["html", "htm", "shtml"],
  "text/jade": ["jade"],
  "text/javascript": ["js", "mjs"],
  "text/jsx": ["jsx"],
  "text/less": ["less"],
  "text/markdown": ["md", "markdown"],
  "text/mathml": ["mml"],
  "text/mdx": ["mdx"],
  "text/n3": ["n3"],
  "text/plain": ["txt", "text", "conf", "def", "list", "log", "in", "ini"],
  "text/richtext": ["rtx"],
  "text/rtf": ["*rtf"],
  "text/sgml": ["sgml", "sgm"],
  "text/shex": ["shex"],
  "text/slim": ["slim", "slm"],
  "text/spdx": ["spdx"],
  "text/stylus": ["stylus", "styl"],
  "text/tab-separated-values": ["tsv"],
  "text/troff": ["t", "tr", "roff", "man", "me", "ms"],
  "text/turtle": ["ttl"],
  "text/uri-list": ["uri", "uris", "urls"],
  "text/vcard": ["vcard"],
  "text/vtt": ["vtt"],
  "text/wgsl": ["wgsl"],
  "text/xml": ["*xml"],
  "text/yaml": ["yaml", "yml"],
  "video/3gpp": ["3gp", "3gpp"],
  "video/3gpp2": ["3g2"],
  "video/h261": ["h261"],
  "video/h263": ["h263"],
  "video/h264": ["h264"],
  "video/iso.segment": ["m4s"],
  "video/jpeg": ["jpgv"],
  "video/jpm": ["*jpm", "*jpgm"],
  "video/mj2": ["mj2", "mjp2"],
  "video/mp2t": ["ts", "m2t", "m2ts", "mts"],
  "video/mp4": ["mp4", "mp4v", "mpg4"],
  "video/mpeg": ["mpeg", "mpg", "mpe", "m1v", "m2v"],
  "video/ogg": ["ogv"],
  "video/quicktime": ["qt", "mov"],
  "video/webm": ["webm"]
};
Object.freeze(types2);
var standard_default = types2;

// node_modules/mime/dist/src/Mime.js
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _Mime_extensionToType;
var _Mime_typeToExtension;
var _Mime_typeToExtensions;
var Mime = class {
  constructor(...args) {
    _Mime_extensionToType.set(this, /* @__PURE__ */ new Map());
    _Mime_typeToExtension.set(this, /* @__PURE__ */ new Map());
    _Mime_typeToExtensions.set(this, /* @__PURE__ */ new Map());
    for (const arg of args) {
      this.define(arg);
    }
  }
  define(typeMap, force = false) {
    for (let [type, extensions] of Object.entries(typeMap)) {
      type = type.toLowerCase();
      extensions = extensions.map((ext) => ext.toLowerCase());
      let allExtensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
      if (!allExtensions) {
        allExtensions = /* @__PURE__ */ new Set();
        __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").set(type, allExtensions);
      }
      let first = true;
      for (let extension of extensions) {
        const starred = extension.startsWith("*");
        extension = starred ? extension.slice(1) : extension;
        allExtensions.add(extension);
        if (first) {
          __classPrivateFieldGet(this, _Mime_typeToExtension, "f").set(type, extension);
        }
        first = false;
        if (starred)
          continue;
        const currentType = __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(extension);
        if (currentType && currentType != type && !force) {
          throw new Error(`"${type} -> ${extension}" conflicts with "${currentType} -> ${extension}". Pass \`force=true\` to override this definition.`);
        }
        __classPrivateFieldGet(this, _Mime_extensionToType, "f").set(extension, type);
      }
    }
    return this;
  }
  getType(path) {
    if (typeof path !== "string")
      return null;
    const last = path.replace(/^.*[/\\]/s, "").toLowerCase();
    const ext = last.replace(/^.*\./s, "").toLowerCase();
    const hasPath = last.length < path.length;
    const hasDot = ext.length < last.length - 1;
    if (!hasDot && hasPath)
      return null;
    return __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(ext) ?? null;
  }
  getExtension(type) {
    if (typeof type !== "string")
      return null;
    type = type?.split?.(";")[0];
    return (type && __classPrivateFieldGet(this, _Mime_typeToExtension, "f").get(type.trim().toLowerCase())) ?? null;
  }
  getAllExtensions(type) {
    if (typeof type !== "string")
      return null;
    type = type.split(";")[0].trim().toLowerCase();
    const extensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
    return extensions ? new Set(extensions) : null;
  }
  _freeze() {
    this.define = () => {
      throw new Error("define() not allowed for built-in Mime objects. See https://github.com/broofa/mime/blob/main/README.md#custom-mime-instances");
    };
    Object.freeze(this);
    return this;
  }
  _getTestState() {
    return {
      types: __classPrivateFieldGet(this, _Mime_extensionToType, "f"),
      extensions: __classPrivateFieldGet(this, _Mime_typeToExtension, "f")
    };
  }
};
_Mime_extensionToType = /* @__PURE__ */ new WeakMap(), _Mime_typeToExtension = /* @__PURE__ */ new WeakMap(), _Mime_typeToExtensions = /* @__PURE__ */ new WeakMap();
var Mime_default = Mime;

// node_modules/mime/dist/src/index.js
var src_default = new Mime_default(standard_default, other_default)._freeze();

// src/engine/limiter.ts
var MemoryBudget = class {
  /** `capacity`: bytes that may be held at once. */
  constructor(capacity) {
    this.capacity = capacity;
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1 byte");
  }
  capacity;
  used = 0;
  waiting = [];
  /** Bytes held now (for tests and diagnostics). */
  get inUse() {
    return this.used;
  }
  /**
   * Runs `fn` once `bytes` fit in the budget, and gives them back when it
   * settles. A request larger than the whole budget runs alone rather than
   * never. Waiters are served in order: a large block waiting at the head is
   * not starved by a stream of small files slipping past it.
   */
  async run(bytes, fn) {
    const weight2 = Math.min(this.capacity, Math.max(1, Math.ceil(bytes)));
    if (this.waiting.length === 0 && this.used + weight2 <= this.capacity) this.used += weight2;
    else await new Promise((go) => this.waiting.push({ weight: weight2, go }));
    try {
      return await fn();
    } finally {
      this.used -= weight2;
      this.wake();
    }
  }
  wake() {
    while (this.waiting.length > 0 && this.used + this.waiting[0].weight <= this.capacity) {
      const next = this.waiting.shift();
      this.used += next.weight;
      next.go();
    }
  }
};

// src/storage/transfers.ts
var upload = { direction: "upload", prepare: (src, dst, job) => (e, target, io, props) => dst.writeFromFile(src.localFile(e), target, job, io, props) };
var TRANSFERS = {
  local: { blob: upload, file: upload },
  blob: {
    local: { direction: "download", prepare: (src, dst, job) => readInto(dst, job, (e, t, j, io) => src.readToFile(e, t, j, io)) },
    blob: { direction: "copy", prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) },
    file: { direction: "copy", prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) }
  },
  file: {
    local: { direction: "download", prepare: (src, dst, job) => readInto(dst, job, (e, t, j, io) => src.readToFile(e, t, j, io)) },
    file: { direction: "copy", prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) },
    blob: { direction: "copy", prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) }
  }
};
function readInto(dst, job, read) {
  const j = { ...job, makeFolder: (dir) => dst.makeFolder(dir) };
  return (e, target, io) => read(e, target, j, io);
}
function blockSlots(concurrency) {
  return Math.max(4, Math.min(16, concurrency));
}
var DEFAULT_BLOCK_BYTES = 8 * 1024 * 1024;
function memoryBudgetBytes(concurrency, blockSize = DEFAULT_BLOCK_BYTES) {
  return blockSlots(concurrency) * Math.max(blockSize, DEFAULT_BLOCK_BYTES);
}
function transferFor(src, dst, settings) {
  const row = TRANSFERS[src.kind]?.[dst.kind];
  if (!row) throw new UsageError(`azcp cannot transfer from ${src.location.display} to ${dst.location.display} (${src.kind} \u2192 ${dst.kind})`);
  const job = { ...settings, memory: new MemoryBudget(memoryBudgetBytes(settings.concurrency, settings.blockSize)), guessType: (n) => src_default.getType(n) ?? void 0 };
  return { direction: row.direction, run: row.prepare(src, dst, job), guessType: job.guessType };
}

// src/job/publish/headers.ts
function publishHeaders(o, direction, guessType, namePrefix = "") {
  const defaults = { contentType: o.contentType, cacheControl: o.cacheControl, ...o.headers, metadata: o.metadata };
  const rules = o.headerRules;
  const metaRules = rules?.rules.some((r) => r.meta !== void 0) ?? false;
  const headerFlags = [o.contentType, o.cacheControl, o.headers.contentEncoding, o.headers.contentDisposition, o.headers.contentLanguage].some((v) => v !== void 0);
  const compareMetadata = Object.keys(o.metadata).length > 0 || metaRules;
  const forWrite = (name) => {
    const r = resolveHeaders(namePrefix && name.startsWith(namePrefix) ? name.slice(namePrefix.length) : name, rules, defaults);
    const headers = { ...r.headers };
    if (direction === "upload" && headers.contentType === void 0) {
      headers.contentType = (o.guessMimeType ? guessType(r.typeFrom) : void 0) ?? "application/octet-stream";
      r.setBy[HEADER_NAMES.contentType] = o.guessMimeType ? "guessed" : "default";
    }
    return { props: { headers, metadata: r.metadata }, setBy: r.setBy };
  };
  return {
    active: direction === "upload" && (rules !== void 0 || headerFlags || compareMetadata),
    rules: rules !== void 0,
    forWrite,
    drift(name, destination) {
      const write2 = forWrite(name);
      const actual = { headers: { ...destination.headers, contentType: destination.contentType }, metadata: destination.metadata ?? {} };
      return { write: write2, differs: headerDrift(write2.props, actual, compareMetadata) };
    }
  };
}
function headerRecord(w) {
  const headers = {};
  for (const [f, n] of Object.entries(HEADER_NAMES)) {
    const v = w.props.headers[f];
    if (v !== void 0) headers[n] = v;
  }
  for (const [k, v] of Object.entries(w.props.metadata)) headers[`x-ms-meta-${k}`] = v;
  return { headers, setBy: w.setBy };
}

// src/job/transfer-runner.ts
function transferSettings(o, signal) {
  return {
    blockSize: o.blockSize,
    putMd5: o.putMd5,
    checkMd5: o.checkMd5,
    contentType: o.contentType,
    guessMimeType: o.guessMimeType,
    cacheControl: o.cacheControl,
    metadata: o.metadata,
    accessTier: o.accessTier,
    blobTags: o.blobTags,
    s2sPreserveProperties: o.s2sPreserveProperties,
    s2sPreserveAccessTier: o.s2sPreserveAccessTier,
    preserveSymlinks: o.preserveSymlinks,
    concurrency: o.concurrency,
    signal
  };
}
function makeTransferRunner(ctx, source, destination, scope, signal, namePrefix = "") {
  const { direction, run, guessType } = transferFor(source, destination, transferSettings(ctx.options, signal));
  const headers = publishHeaders(ctx.options, direction, guessType, namePrefix);
  const onWarning = (m) => ctx.warn(m);
  async function transfer(entry) {
    const where = scope.locate(entry.name);
    if (!("target" in where)) {
      ctx.failed(entry.name, entry.size, direction, new Error(`refused: ${where.reason}`));
      return;
    }
    let inFlight = 0;
    const onBytes = (n) => {
      inFlight += n;
      ctx.bytesInFlight += n;
    };
    const write2 = headers.forWrite(entry.name);
    try {
      const r = await run(entry, where.target, { onBytes, onWarning }, write2.props);
      if (r.reusedBlocks) ctx.log("info", `${entry.name}: reused ${r.reusedBlocks} blocks already staged by an earlier run`);
      if (r.verified === "end-to-end") ctx.verification.endToEnd++;
      else if (r.verified === "in-transit") ctx.verification.inTransit++;
      else if (r.verified === "none") ctx.verification.none++;
      ctx.transferred(entry.name, entry.size, direction, r.bytes, headers.rules ? headerRecord(write2) : void 0);
      ctx.published?.touched(where.target);
      if (headers.rules) ctx.published?.countRule(write2.setBy);
    } catch (err) {
      if (signal.aborted) {
        ctx.record({ path: entry.name, size: entry.size, status: "Cancelled", action: direction });
        return;
      }
      ctx.failed(entry.name, entry.size, direction, err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
    } finally {
      ctx.bytesInFlight -= inFlight;
    }
  }
  async function remove(entry) {
    try {
      await destination.remove(entry);
      ctx.counts.deleted++;
      ctx.published?.touched(destination.properties(entry).fullName);
      ctx.record({ path: entry.name, size: entry.size, status: "Deleted", action: "delete" });
      ctx.log("debug", `deleted ${entry.name}`);
    } catch (err) {
      ctx.failed(entry.name, entry.size, "delete", err);
    }
  }
  async function updateProperties(entry, listed) {
    if (!destination.setProperties) return false;
    let dest = listed;
    try {
      if (destination.withProperties) dest = await destination.withProperties(listed);
    } catch (err) {
      ctx.failed(entry.name, entry.size, "set-properties", err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
      return true;
    }
    const { write: write2, differs } = headers.drift(entry.name, destination.properties(dest));
    if (differs.length === 0) return false;
    const headerChanged = differs.some((d) => !d.startsWith("x-ms-meta-"));
    const metadataChanged = differs.some((d) => d.startsWith("x-ms-meta-"));
    try {
      if (!ctx.options.dryRun) await destination.setProperties(dest, write2.props, { headers: headerChanged, metadata: metadataChanged });
      ctx.propertiesUpdated(entry.name, entry.size, differs, headerRecord(write2));
      ctx.published?.touched(destination.properties(dest).fullName);
      if (headers.rules) ctx.published?.countRule(write2.setBy);
    } catch (err) {
      ctx.failed(entry.name, entry.size, "set-properties", err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
    }
    return true;
  }
  return { direction, headers, transfer, remove, updateProperties };
}

// src/job/reconcile.ts
var DIFFERENCES_KEPT = 50;
var Reconciler = class {
  constructor(o) {
    this.o = o;
  }
  o;
  r = {
    basis: "relisted",
    sourceCount: 0,
    sourceBytes: 0,
    destinationCount: 0,
    destinationBytes: 0,
    matched: 0,
    missing: 0,
    sizeMismatch: 0,
    hashMismatch: 0,
    extra: 0,
    extraIsDifference: false,
    ok: true,
    differences: []
  };
  note(path, problem) {
    if (this.r.differences.length < DIFFERENCES_KEPT) this.r.differences.push({ path, problem });
  }
  async add(name, s, d) {
    const r = this.r;
    if (s) {
      r.sourceCount++;
      r.sourceBytes += s.size;
    }
    if (d) {
      r.destinationCount++;
      r.destinationBytes += d.size;
    }
    if (s && !d) {
      r.missing++;
      this.note(name, "missing at the destination");
      return;
    }
    if (!s && d) {
      r.extra++;
      if (this.o.extraIsDifference) this.note(name, "at the destination but not at the source");
      return;
    }
    if (!s || !d) return;
    const policy = this.o.rules.command === "copy" || this.o.rules.overwrite === "ifSourceNewer" ? decide({ name, source: s, destination: d }, this.o.rules) : void 0;
    const keptByPolicy = policy?.kind === "skip" && (this.o.rules.command === "copy" || policy.keptNewer === true);
    const kept = () => {
      r.matched++;
      if (this.o.rules.command === "sync") r.keptNewerAtDestination = (r.keptNewerAtDestination ?? 0) + 1;
    };
    if (s.size !== d.size) {
      if (keptByPolicy) kept();
      else {
        r.sizeMismatch++;
        this.note(name, `size ${s.size} at the source, ${d.size} at the destination`);
      }
      return;
    }
    let sourceMd5 = s.md5;
    if (sourceMd5 === void 0 && d.md5 !== void 0 && this.o.hashSource) sourceMd5 = await this.o.hashSource(s);
    if (sourceMd5 !== void 0 && d.md5 !== void 0 && sourceMd5 !== d.md5) {
      if (keptByPolicy) return kept();
      r.hashMismatch++;
      this.note(name, `MD5 ${sourceMd5} at the source, ${d.md5} at the destination`);
      return;
    }
    r.matched++;
  }
  result(basis) {
    const r = this.r;
    r.basis = basis;
    r.extraIsDifference = this.o.extraIsDifference;
    r.ok = r.missing === 0 && r.sizeMismatch === 0 && r.hashMismatch === 0 && (!r.extraIsDifference || r.extra === 0);
    return { ...r, differences: [...r.differences] };
  }
};
async function reconcile(source, destination, o) {
  const rec = new Reconciler(o);
  for await (const pair of mergeJoin(source, destination)) await rec.add(pair.name, pair.source, pair.destination);
  return rec.result("relisted");
}

// src/job/resume.ts
async function resumeState(ctx, hooks) {
  const earlier = hooks.jobId ? await completedPaths(ctx.options.jobDir, hooks.jobId) : void 0;
  const done = earlier?.transferred;
  if (done?.size) ctx.log("info", `resuming: ${done.size} objects completed in earlier runs are skipped`);
  return { resuming: !!hooks.jobId, earlier };
}
function doneEarlier(source, destination, state) {
  if (state.earlier?.transferred.has(source.name)) return "journal";
  if (state.resuming && destination && writtenByEarlierRun(source, destination)) return "destination";
  return void 0;
}
function writtenByEarlierRun(source, destination) {
  return source.size === destination.size && source.mtimeMs === destination.mtimeMs;
}

// src/job/delete-guard.ts
import { createWriteStream as createWriteStream2 } from "node:fs";
import { join as join10 } from "node:path";
var DeletionLog = class {
  path;
  count = 0;
  bytes = 0;
  out;
  constructor(dir) {
    this.path = join10(dir, "deletions.jsonl");
    this.out = createWriteStream2(this.path);
  }
  add(e) {
    this.count++;
    this.bytes += e.size;
    this.out.write(JSON.stringify(e) + "\n");
  }
  close() {
    return new Promise((r) => this.out.end(r));
  }
  /** The entries as written (revived by JSON.parse: plain data, as every backend entry is). */
  read() {
    return readJsonLines(this.path);
  }
};
function guardEmptySource(ctx, leftOutByFilters) {
  const o = ctx.options;
  if (ctx.scanned.source > 0 || o.allowEmptySource) return;
  const nothing2 = `nothing was ${o.command === "sync" && o.deleteDestination ? "deleted" : "transferred"}`;
  const filters = filtersInUse(o);
  if (leftOutByFilters > 0 && filters.length && !ctx.enumerationProblems.length) {
    throw new GuardError(
      `the filters left out all ${leftOutByFilters} object(s) of the source (${o.source.display}): ${filters.join(", ")} matched none of them; ${nothing2}. Check the filters, or pass --allow-empty-source true (allowEmptySource in CI) if that is expected.`
    );
  }
  const what = ctx.enumerationProblems.length ? "the source could not be read" : "the source has no files in scope";
  throw new GuardError(`${what} (${o.source.display}); ${nothing2}. If an empty source is expected, pass --allow-empty-source true (allowEmptySource in CI).`);
}
function enforceMaxDelete(count, limit, basis, refusal) {
  const allowed = limit.count !== void 0 ? limit.count : Math.floor(basis * (limit.percent ?? 100) / 100);
  if (count > allowed) throw new GuardError(refusal(allowed, limit.count !== void 0 ? String(limit.count) : `${limit.percent}%`));
}
async function replayDryRun(ctx, deletions, verb) {
  for await (const e of deletions) {
    ctx.record({ path: e.name, size: e.size, status: "DryRun", action: "delete" });
    ctx.log("info", `would ${verb} ${e.name}`);
  }
}
async function runDeletions(ctx, deletions, remove, signal) {
  ctx.phase = "deleting";
  await runPool(deletions, ctx.options.concurrency, remove, { signal });
}

// src/job/link-guard.ts
async function withheldUnderLinks(links, deletions) {
  const linkOf = (name) => links.find((l) => name === l.name || name.startsWith(`${l.name}/`));
  const counts = /* @__PURE__ */ new Map();
  if (links.length) {
    for await (const e of deletions) {
      const link = linkOf(e.name);
      if (link) counts.set(link.name, (counts.get(link.name) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    total,
    async *others(items) {
      for await (const e of items) if (!total || !linkOf(e.name)) yield e;
    },
    refuse() {
      if (!total) return;
      const named = [...counts].map(([name, n]) => `${n} under "${name}/" (${links.find((l) => l.name === name).path} is a symbolic link to a folder, not followed)`);
      const first = [...counts.keys()][0];
      throw new GuardError(
        `${total} destination object(s) were not deleted: ${named.slice(0, 5).join("; ")}${named.length > 5 ? `; and ${named.length - 5} more link(s)` : ""}. They only look missing because the link was not followed. Pass --follow-symlinks to sync what the link points at, or leave the path out with --exclude-path "${first}".`
      );
    }
  };
}

// src/job/publish/upload-last.ts
var import_picomatch5 = __toESM(require_picomatch2(), 1);
import { createWriteStream as createWriteStream3 } from "node:fs";
import { join as join11 } from "node:path";
var UploadLast = class {
  /** namePrefix: as the header rules and filters, the globs see names without it. */
  constructor(o, dir, namePrefix = "") {
    this.namePrefix = namePrefix;
    this.globs = uploadLastGlobs(o);
    if (this.globs.length) this.matcher = (0, import_picomatch5.default)(this.globs, { dot: true, windows: false });
    this.path = join11(dir, "upload-last.jsonl");
  }
  namePrefix;
  globs;
  matcher;
  out;
  path;
  count = 0;
  /** Whether `task` belongs to the last group; if so it is held back. */
  hold(task) {
    const full = task.kind === "transfer" ? task.entry.name : task.source.name;
    const name = this.namePrefix && full.startsWith(this.namePrefix) ? full.slice(this.namePrefix.length) : full;
    if (!this.matcher?.(name)) return false;
    this.out ??= createWriteStream3(this.path);
    this.out.write(JSON.stringify(task) + "\n");
    this.count++;
    return true;
  }
  close() {
    const out = this.out;
    return out ? new Promise((r) => out.end(r)) : Promise.resolve();
  }
  read() {
    return readJsonLines(this.path);
  }
};

// src/job/publish/published.ts
var Published = class {
  constructor(maxPaths = 100) {
    this.maxPaths = maxPaths;
  }
  maxPaths;
  report = {};
  paths = /* @__PURE__ */ new Set();
  overflow = false;
  changed = 0;
  /** An object written or deleted: its name inside the container, as the CDN serves it (/NAME). */
  touched(nameInContainer) {
    this.changed++;
    const add = (p) => {
      if (this.overflow || this.paths.has(p)) return;
      if (this.paths.size >= this.maxPaths) {
        this.overflow = true;
        this.paths.clear();
        return;
      }
      this.paths.add(p);
    };
    const path = "/" + nameInContainer.split("/").map(encodeURIComponent).join("/");
    add(path);
    if (/(^|\/)index\.html?$/i.test(nameInContainer)) add(path.replace(/index\.html?$/i, ""));
  }
  /** The paths to purge: exactly those changed, or /* past the cap. */
  purgePaths() {
    return this.overflow ? { paths: ["/*"], everything: true } : { paths: [...this.paths].sort(), everything: false };
  }
  countRule(setBy) {
    const byRule = this.report.byRule ??= {};
    for (const [header2, by] of Object.entries(setBy)) {
      const m = byRule[header2] ??= {};
      m[by] = (m[by] ?? 0) + 1;
    }
  }
};

// src/auth/arm.ts
var DEFAULT_ARM_ENDPOINT = "https://management.azure.com";
function armEndpoint(env = process.env) {
  const raw = (env.AZCP_ARM_ENDPOINT ?? "").trim() || DEFAULT_ARM_ENDPOINT;
  let url2;
  try {
    url2 = new URL(raw);
  } catch {
    throw new UsageError(`AZCP_ARM_ENDPOINT "${raw}" is not a URL such as ${DEFAULT_ARM_ENDPOINT}`);
  }
  if (url2.protocol !== "https:") throw new UsageError(`AZCP_ARM_ENDPOINT must use https: "${raw}"`);
  return url2.origin;
}
async function armTokenSource(auth, hostCredential, endpoint, env = process.env) {
  let credential = hostCredential;
  if (!credential) {
    const { buildTokenCredential } = await import("./identity-G4VMVXV3.js");
    const storageOnly = auth.kind === "sas" || auth.kind === "key" || auth.kind === "connection-string";
    credential = buildTokenCredential(storageOnly ? { ...auth, kind: "auto" } : auth, env);
  }
  const scope = `${endpoint}/.default`;
  return async () => {
    const t = await credential.getToken(scope);
    if (!t?.token) throw new Error(`no token for ${scope}`);
    registerSecret(t.token);
    return t.token;
  };
}

// src/job/publish/cdn-purge.ts
import { request } from "node:https";
var PURGE_BATCH = 100;
var API_VERSION = { afdEndpoints: "2023-05-01", endpoints: "2024-02-01" };
var MAX_POLL_WAIT_MS = 3e4;
var MAX_TRIES = 4;
async function send(method, url2, token, body2, signal) {
  for (let attempt = 1; ; attempt++) {
    const r = await sendOnce(method, url2, await token(), body2, signal);
    if (r.status !== 429 && r.status < 500 || attempt === MAX_TRIES) return r;
    const after = Number(header(r, "retry-after"));
    await sleep2(Math.min(MAX_POLL_WAIT_MS, Number.isFinite(after) && after >= 0 ? after * 1e3 : 1e3 * 2 ** (attempt - 1)), signal);
  }
}
function sendOnce(method, url2, token, body2, signal) {
  return new Promise((resolve5, reject) => {
    const req = request(
      url2,
      {
        method,
        signal,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...body2 !== void 0 ? { "content-type": "application/json", "content-length": Buffer.byteLength(body2) } : {}
        }
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve5({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      }
    );
    req.on("error", reject);
    req.end(body2);
  });
}
function armError(r) {
  try {
    const e = JSON.parse(r.body).error;
    if (e?.code || e?.message) return `${r.status} ${e.code ?? ""}: ${e.message ?? ""}`.trim();
  } catch {
  }
  return `${r.status} ${r.body.slice(0, 200)}`;
}
var header = (r, name) => {
  const v = r.headers[name];
  return Array.isArray(v) ? v[0] : v;
};
var sleep2 = (ms, signal) => new Promise((resolve5, reject) => {
  if (signal?.aborted) return reject(abortError(signal));
  const t = setTimeout(resolve5, ms);
  signal?.addEventListener("abort", () => (clearTimeout(t), reject(abortError(signal))), { once: true });
});
function batches(paths, size = PURGE_BATCH) {
  const out = [];
  for (let i = 0; i < paths.length; i += size) out.push(paths.slice(i, i + size));
  return out;
}
async function purgeEndpoint(p) {
  const kind = /\/afdEndpoints\//i.test(p.endpoint) ? "afdEndpoints" : "endpoints";
  const url2 = `${p.arm}${p.endpoint}/purge?api-version=${API_VERSION[kind]}`;
  const operations = [];
  for (const batch of batches(p.paths)) {
    const r = await send("POST", url2, p.token, JSON.stringify({ contentPaths: batch }), p.signal);
    if (r.status === 200) continue;
    if (r.status !== 202) return { status: "Failed", operations, error: armError(r) };
    const op = header(r, "azure-asyncoperation") ?? header(r, "location");
    if (!op) continue;
    if (new URL(op).origin !== p.arm) return { status: "Failed", operations, error: `ARM answered with an operation at ${new URL(op).origin}, not ${p.arm}; not followed` };
    operations.push(op);
  }
  if (!p.wait) return { status: operations.length ? "Started" : "Succeeded", operations };
  for (const op of operations) {
    for (; ; ) {
      const r = await send("GET", op, p.token, void 0, p.signal);
      if (r.status >= 400) return { status: "Failed", operations, error: armError(r) };
      let status = "InProgress";
      let error;
      try {
        const body2 = JSON.parse(r.body || "{}");
        status = body2.status ?? (r.status === 200 ? "Succeeded" : "InProgress");
        if (body2.error) error = `${body2.error.code ?? ""}: ${body2.error.message ?? ""}`;
      } catch {
        status = r.status === 200 ? "Succeeded" : "InProgress";
      }
      if (/^succeeded$/i.test(status)) break;
      if (/^(failed|canceled|cancelled)$/i.test(status)) return { status: "Failed", operations, error: error ?? `the purge operation ended ${status}` };
      const after = Number(header(r, "retry-after"));
      p.onProgress?.(`purge of ${p.endpoint}: ${status}`);
      await sleep2(Math.min(MAX_POLL_WAIT_MS, Number.isFinite(after) && after >= 0 ? after * 1e3 : 1e4), p.signal);
    }
  }
  return { status: "Succeeded", operations };
}

// src/job/publish/purge-step.ts
async function purgeAfterJob(ctx, hooks, purge, published, signal) {
  const { paths, everything } = published.purgePaths();
  const report = { paths, everything, changed: published.changed, results: [] };
  published.report.purge = report;
  if (published.changed === 0) {
    ctx.log("info", "nothing changed: no CDN purge");
    return;
  }
  const what = everything ? `/* (${published.changed} paths changed, more than --purge-max-paths ${purge.maxPaths})` : `${paths.length} path(s)`;
  if (ctx.options.dryRun) {
    for (const endpoint of purge.endpoints) report.results.push({ endpoint, status: "DryRun" });
    ctx.log("info", `would purge ${what} from ${purge.endpoints.length} CDN endpoint(s): ${paths.slice(0, 20).join(" ")}${paths.length > 20 ? " \u2026" : ""}`);
    return;
  }
  const arm = armEndpoint();
  const token = await armTokenSource(ctx.options.auth, hooks.credential, arm);
  const failures = [];
  for (const endpoint of purge.endpoints) {
    ctx.log("info", `purging ${what} from ${endpoint}`);
    let outcome;
    try {
      const r = await purgeEndpoint({ endpoint, paths, wait: purge.wait, signal, arm, token, onProgress: (m) => ctx.log("debug", m) });
      outcome = { endpoint, status: r.status, ...r.status === "Started" ? { operation: r.operations.join(" ") } : {}, ...r.error ? { error: r.error } : {} };
    } catch (err) {
      if (signal.aborted) throw err;
      outcome = { endpoint, status: "Failed", error: ctx.describe(err) };
    }
    report.results.push(outcome);
    if (outcome.status === "Failed") failures.push(`${endpoint}: ${outcome.error}`);
    else ctx.log("info", `purge of ${endpoint}: ${outcome.status === "Started" ? "started (not waited for: --purge-wait false)" : "done"}`);
  }
  if (failures.length === 0) return;
  const message = `the files are written and live, but the CDN purge failed, so the CDN may serve old copies until they expire: ${failures.join("; ")}`;
  if (purge.failure === "warn") ctx.warn(message);
  else ctx.purgeFailed = message;
}

// src/job/list-of-files.ts
import { createReadStream as createReadStream3, createWriteStream as createWriteStream4, existsSync as existsSync3, rmSync } from "node:fs";
import { createHash as createHash11 } from "node:crypto";
import { join as join12 } from "node:path";
import { createInterface as createInterface2 } from "node:readline";
var LIST_RUN = 2e4;
var SORTED_LIST = "list-of-files.txt";
function listedPath(line) {
  let p = line.replace(/\r$/, "").trim().replace(/\\/g, "/");
  while (p.startsWith("./")) p = p.slice(2);
  p = p.replace(/^\/+/, "").replace(/\/+$/, "").replace(/\/{2,}/g, "/");
  return p === "" || p === "." ? void 0 : p;
}
async function* linesOf(path) {
  const rl = createInterface2({ input: createReadStream3(path), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield line;
}
function write(out, text) {
  return out.write(text) ? void 0 : new Promise((r) => out.once("drain", () => r()));
}
function end(out) {
  return new Promise((resolve5, reject) => {
    out.once("error", reject);
    out.end(() => resolve5());
  });
}
async function sortedList(path) {
  const hash = createHash11("sha256");
  let count = 0;
  for await (const p of linesOf(path)) {
    hash.update(p + "\n");
    count++;
  }
  return { path, count, digest: hash.digest("hex"), paths: () => linesOf(path) };
}
async function loadListOfFiles(spec, dir, flag, o = {}) {
  const target = join12(dir, SORTED_LIST);
  if (spec === "-" && o.resuming && existsSync3(target)) return sortedList(target);
  const stdin = o.stdin ?? process.stdin;
  let input;
  if (spec === "-") input = stdin;
  else {
    if (!existsSync3(spec)) throw new UsageError(`${flag} "${spec}" does not exist`);
    input = createReadStream3(spec);
  }
  const runs = [];
  let run = [];
  const spill = async () => {
    run.sort(compareUtf8);
    const file = join12(dir, `list-of-files.run-${runs.length}`);
    const out2 = createWriteStream4(file);
    for (const p of run) await write(out2, p + "\n");
    await end(out2);
    runs.push(file);
    run = [];
  };
  try {
    const rl = createInterface2({ input, crlfDelay: Infinity });
    for await (const line of rl) {
      const p = listedPath(line);
      if (p === void 0) continue;
      run.push(p);
      if (run.length >= LIST_RUN) await spill();
    }
  } catch (e) {
    throw new UsageError(`${flag} ${spec === "-" ? "standard input" : `"${spec}"`} cannot be read: ${e.message}`);
  }
  run.sort(compareUtf8);
  const sources = runs.map((f) => linesOf(f)[Symbol.asyncIterator]());
  sources.push((async function* () {
    yield* run;
  })());
  const heads = [];
  for (const s of sources) heads.push((await s.next()).value);
  const out = createWriteStream4(target);
  const hash = createHash11("sha256");
  let count = 0;
  let last;
  for (; ; ) {
    let min = -1;
    for (let i = 0; i < heads.length; i++) if (heads[i] !== void 0 && (min < 0 || compareUtf8(heads[i], heads[min]) < 0)) min = i;
    if (min < 0) break;
    const p = heads[min];
    if (p !== last) {
      await write(out, p + "\n");
      hash.update(p + "\n");
      count++;
      last = p;
    }
    heads[min] = (await sources[min].next()).value;
  }
  await end(out);
  for (const f of runs) rmSync(f, { force: true });
  return { path: target, count, digest: hash.digest("hex"), paths: () => linesOf(target) };
}

// src/engine/listed.ts
async function* keepListed(entries, list, namePrefix = "") {
  const paths = list[Symbol.asyncIterator]();
  let next = await paths.next();
  const open4 = [];
  try {
    for await (const e of entries) {
      const name = namePrefix && e.name.startsWith(namePrefix) ? e.name.slice(namePrefix.length) : e.name;
      while (open4.length && compareUtf8(name, open4[open4.length - 1] + "0") >= 0) open4.pop();
      while (!next.done && compareUtf8(next.value, name) <= 0) {
        if (compareUtf8(name, next.value + "0") < 0) open4.push(next.value);
        next = await paths.next();
      }
      if (open4.some((x) => name === x || name.startsWith(`${x}/`))) yield e;
    }
  } finally {
    await paths.return?.();
  }
}
async function* outermost(list) {
  const chain = [];
  for await (const p of list) {
    while (chain.length && compareUtf8(p, chain[chain.length - 1] + "0") >= 0) chain.pop();
    if (chain.some((f) => p.startsWith(`${f}/`))) continue;
    chain.push(p);
    yield p;
  }
}
async function* unionOfListings(list, under, namePrefix = "") {
  const paths = outermost(list)[Symbol.asyncIterator]();
  let next = await paths.next();
  const open4 = [];
  const keyOf = (e) => namePrefix && e.name.startsWith(namePrefix) ? e.name.slice(namePrefix.length) : e.name;
  let last;
  try {
    for (; ; ) {
      let min = -1;
      for (let i = 0; i < open4.length; i++) if (min < 0 || compareUtf8(open4[i].key, open4[min].key) < 0) min = i;
      if (!next.done && (min < 0 || compareUtf8(next.value, open4[min].key) <= 0)) {
        const it = under(next.value)[Symbol.asyncIterator]();
        const first = await it.next();
        if (!first.done) open4.push({ it, head: first.value, key: keyOf(first.value) });
        next = await paths.next();
        continue;
      }
      if (min < 0) return;
      const s = open4[min];
      if (last === void 0 || compareUtf8(s.key, last) > 0) {
        last = s.key;
        yield s.head;
      }
      const r = await s.it.next();
      if (r.done) open4.splice(min, 1);
      else {
        s.head = r.value;
        s.key = keyOf(r.value);
      }
    }
  } finally {
    for (const s of open4) await s.it.return?.();
    await paths.return(void 0);
  }
}

// src/job/listed-scope.ts
var LIST_BY_PATH_MAX = 1e3;
function byPath(scope, listed) {
  return !!scope.listUnder && listed.count <= LIST_BY_PATH_MAX;
}
function listedSource(source, listed, quiet) {
  if (!listed) return source.list(quiet);
  const base = byPath(source, listed) ? unionOfListings(listed.paths(), (p) => source.listUnder(p, quiet), source.namePrefix) : source.list(quiet);
  return keepListed(base, listed.paths(), source.namePrefix);
}
function listedDestination(destination, listed, namePrefix) {
  if (!listed) return destination.list();
  const base = byPath(destination, listed) ? unionOfListings(listed.paths(), (p) => destination.listUnder(p), namePrefix) : destination.list();
  return keepListed(base, listed.paths(), namePrefix);
}

// src/job/commands/transfer.ts
async function* filtered(items, keep, count) {
  for await (const e of items) {
    if (!keep(e)) continue;
    count?.(e);
    yield e;
  }
}
async function* nothing() {
}
async function transferCommand(ctx, hooks, signal) {
  const o = ctx.options;
  const sides = await openTransferSides(ctx, hooks, { source: !o.listOfFiles, destination: !o.listOfFiles && listsDestination(o, !!hooks.jobId) });
  try {
    return await transferBetween(ctx, hooks, signal, sides);
  } finally {
    void sides.release();
  }
}
function listsDestination(o, resuming) {
  return resuming || !(o.command === "copy" && o.overwrite === "true");
}
async function transferBetween(ctx, hooks, signal, sides) {
  const o = ctx.options;
  const { sourceScope: source, destinationScope: destination } = sides;
  if (!o.dryRun) await destination.prepare?.();
  const keep = scopeFilter(o, source.namePrefix);
  const listed = o.listOfFiles ? await loadListOfFiles(o.listOfFiles, ctx.folder.dir, flagOf("listOfFiles"), { resuming: !!hooks.jobId }) : void 0;
  if (listed) {
    ctx.reportExtras.listOfFiles = { paths: listed.count, digest: listed.digest };
    ctx.log("info", `--list-of-files: ${listed.count} distinct path(s)`);
  }
  const sourceList = (quiet) => !quiet && sides.takeListing("source") || listedSource(source, listed, quiet);
  const destinationList = () => sides.takeListing("destination") ?? listedDestination(destination, listed, source.namePrefix);
  if (listed) ctx.log("info", byPath(source, listed) ? `listing the source under each of the ${listed.count} listed path(s)` : "listing the whole source beside the sorted list");
  const selects = source.selects;
  const keepDestination = selects ? (e) => selects(e.name) && keep(e) : keep;
  const rules = {
    command: o.command,
    overwrite: o.overwrite,
    compareHash: o.compareHash,
    mirrorMode: o.mirrorMode,
    deleteDestination: o.deleteDestination
  };
  const needDestination = listsDestination(o, !!hooks.jobId);
  const hashSource = sides.source.hash?.bind(sides.source);
  const hashDestination = sides.destination.hash?.bind(sides.destination);
  const state = await resumeState(ctx, hooks);
  const earlier = state.earlier;
  const reconcileOptions = {
    rules,
    extraIsDifference: rules.command === "sync" && o.deleteDestination,
    hashSource: o.compareHash === "md5" ? hashSource : void 0
  };
  const planningProof = needDestination ? new Reconciler(reconcileOptions) : void 0;
  let writesPlanned = 0;
  const runner = makeTransferRunner(ctx, sides.source, sides.destination, destination, signal, source.namePrefix);
  const deletions = new DeletionLog(ctx.folder.dir);
  const last = new UploadLast(o, ctx.folder.dir, source.namePrefix);
  const published = ctx.published = new Published(o.purge?.maxPaths);
  const drift = rules.command === "sync" && runner.headers.active && !!sides.destination.setProperties;
  if (drift) ctx.counts.propertiesUpdated = 0;
  ctx.phase = "transferring";
  const wroteNothing = () => writesPlanned === 0 && deletions.count === 0 && ctx.enumerationProblems.length === 0;
  const reconciles = () => !o.dryRun && !o.shard && !(planningProof && wroteNothing());
  const relistEarly = !mayWriteIntoSource(o.source, o.destination);
  let sourceRelisting;
  let leftOut = 0;
  const steps = plan(
    filtered(sourceList(), (e) => keep(e) || (leftOut++, false), (e) => {
      ctx.scanned.source++;
      ctx.counts.total++;
    }),
    needDestination ? filtered(destinationList(), keepDestination, () => ctx.scanned.destination++) : nothing(),
    rules,
    { hashSource, hashDestination }
  );
  async function* work() {
    for await (const step of steps) {
      if (planningProof) {
        if (step.kind === "delete" || step.kind === "extra") await planningProof.add(step.destination.name, void 0, step.destination);
        else await planningProof.add(step.source.name, step.source, step.destination);
      }
      if (step.kind === "transfer") {
        const evidence = doneEarlier(step.source, step.destination, state);
        if (evidence) {
          ctx.completedEarlier(step.source.name, step.source.size, evidence, runner.direction);
          continue;
        }
        ctx.bytesPlanned += step.source.size;
        writesPlanned++;
        if (step.overwritesNewer) ctx.overwritesNewerAtDestination(step.source.name);
        if (o.dryRun) {
          let reason = step.overwritesNewer ? `${step.reason}; replaces a destination newer than its source` : step.reason;
          if (last.hold({ kind: "transfer", entry: step.source })) reason += "; upload-last: after everything else";
          const where = destination.locate(step.source.name);
          if ("target" in where) published.touched(where.target);
          ctx.record({ path: step.source.name, size: step.source.size, status: "DryRun", action: runner.direction, reason });
          ctx.log("info", `would ${runner.direction} ${step.source.name} (${reason})`);
          continue;
        }
        const task = { kind: "transfer", entry: step.source };
        if (!last.hold(task)) yield task;
      } else if (step.kind === "skip") {
        if (earlier?.transferred.has(step.source.name)) ctx.completedEarlier(step.source.name, step.source.size, "journal", runner.direction);
        else if (step.keptNewer) ctx.keptNewerAtDestination(step.source.name, step.source.size, step.reason);
        else if (drift && step.destination) {
          const task = { kind: "properties", source: step.source, destination: step.destination };
          if (o.dryRun || !last.hold(task)) yield task;
        } else ctx.skip(step.source.name, step.source.size, step.reason);
      } else if (step.kind === "delete") {
        earlier?.deleted.delete(step.destination.name);
        deletions.add(step.destination);
      }
    }
    ctx.listingComplete = true;
    if (relistEarly && reconciles()) sourceRelisting = startNow(filtered(sourceList(true), keep));
  }
  const execute = async (t) => {
    if (t.kind === "transfer") return runner.transfer(t.entry);
    if (!await runner.updateProperties(t.source, t.destination)) ctx.skip(t.source.name, t.source.size, "identical");
  };
  try {
    try {
      await runPool(work(), o.concurrency, execute, { signal });
    } finally {
      await Promise.all([deletions.close(), last.close()]);
    }
    await writeLastGroup(ctx, last, execute, signal);
    if (earlier) ctx.deletedEarlier(earlier.deleted.size);
    if (o.shard) return deferToMerge(ctx, deletions, leftOut);
    guardEmptySource(ctx, leftOut);
    if (deletions.count > 0) {
      await syncDeletions(ctx, deletions, runner.remove, (e) => published.touched(sides.destination.properties(e).fullName), signal);
      await sides.destination.afterDeletes?.();
    }
    if (o.purge) await purgeAfterJob(ctx, hooks, o.purge, published, signal);
    if (o.dryRun) return {};
    await keepEmptyFolders(ctx, source, destination, signal);
    ctx.phase = "reconciling";
    const result = reconciles() ? await reconcile(sourceRelisting ?? filtered(sourceList(true), keep), filtered(destinationList(), keepDestination), reconcileOptions) : planningProof.result("planning");
    if (!result.ok) ctx.fileLog("error", `reconciliation found differences: ${JSON.stringify(result.differences.slice(0, 5))}`);
    return { reconciliation: result };
  } finally {
    void sourceRelisting?.close();
  }
}
async function keepEmptyFolders(ctx, source, destination, signal) {
  if (!source.emptyFolders || !destination.makeFolder || filtersInUse(ctx.options).length > 0 || source.selects) return;
  for await (const name of source.emptyFolders()) {
    signal.throwIfAborted();
    const where = destination.locate(name);
    if (!("target" in where)) {
      ctx.warn(`the empty folder ${name} was not made: ${where.reason}`);
      continue;
    }
    try {
      await destination.makeFolder(where.target);
      ctx.log("debug", `made the empty folder ${name}`);
    } catch (err) {
      ctx.warn(`the empty folder ${name} could not be made: ${err.message}`);
    }
  }
}
function deferToMerge(ctx, deletions, leftOut) {
  const shard = ctx.options.shard;
  ctx.reportExtras.shardPlan = {
    runner: runnerInfo(),
    sourceScanned: ctx.scanned.source,
    destinationScanned: ctx.scanned.destination,
    leftOutByFilters: leftOut,
    deferredDeletions: { count: deletions.count, bytes: deletions.bytes },
    unreadableSourcePaths: ctx.enumerationProblems.length,
    unfollowedLinks: [...ctx.unfollowedLinks]
  };
  const c = ctx.counts;
  const deferred = deletions.count ? `; ${deletions.count} deletion(s) written down for the merge, none done` : "";
  return {
    deferred: true,
    success: `Shard ${shard.index}/${shard.count} completed: ${c.transferred} transferred, ${c.skipped} skipped${deferred}. azcp jobs merge guards, deletes and reconciles the whole job.`
  };
}
async function syncDeletions(ctx, log, remove, wouldDelete, signal) {
  const o = ctx.options;
  let count = log.count;
  if (ctx.enumerationProblems.length) {
    throw new GuardError(`${ctx.enumerationProblems.length} source path(s) could not be read (first: ${ctx.enumerationProblems[0].path}); ${count} deletion(s) were not done, to avoid deleting what only looked missing`);
  }
  if (ctx.counts.failed > 0) {
    ctx.warn(`${count} deletion(s) were not done because ${ctx.counts.failed} transfer(s) failed; run the sync again`);
    return;
  }
  const links = await withheldUnderLinks(ctx.unfollowedLinks, log.read());
  count -= links.total;
  const destinationTotal = Math.max(ctx.scanned.destination, 0);
  enforceMaxDelete(count, o.maxDelete ?? DEFAULT_SYNC_MAX_DELETE, destinationTotal, (allowed, given) => {
    const pct = destinationTotal ? (count / destinationTotal * 100).toFixed(1) : "100";
    return `refusing to delete ${count} of ${destinationTotal} destination objects (${pct}%): more than --max-delete ${given} allows (${allowed}); nothing was deleted. Check the source, or raise --max-delete (maxDelete in CI).`;
  });
  if (o.dryRun) {
    for await (const e of links.others(log.read())) wouldDelete(e);
    await replayDryRun(ctx, links.others(log.read()), "delete");
    links.refuse();
    return;
  }
  await runDeletions(ctx, links.others(log.read()), remove, signal);
  links.refuse();
}
async function writeLastGroup(ctx, last, execute, signal) {
  if (last.globs.length === 0) return;
  const o = ctx.options;
  const group2 = { globs: last.globs, held: last.count, written: 0 };
  ctx.published.report.uploadLast = group2;
  if (last.count === 0 || o.dryRun) return;
  const failed = ctx.counts.failed;
  const why = ctx.stopReason ? "the job stopped" : signal.aborted ? "the job was cancelled" : failed > 0 ? `${failed} transfer(s) before it failed` : ctx.enumerationProblems.length ? `${ctx.enumerationProblems.length} source path(s) could not be read` : void 0;
  if (why) {
    group2.withheld = why;
    ctx.warn(`${last.count} upload-last object(s) (${last.globs.join(", ")}) were not written because ${why}: the live site keeps its current pages, which reference only what is there`);
    for await (const t of last.read()) {
      const e = t.kind === "transfer" ? t.entry : t.source;
      ctx.skip(e.name, e.size, `not written: ${why} (upload-last objects go only after everything else succeeded)`);
    }
    return;
  }
  ctx.log("info", `writing ${last.count} upload-last object(s) (${last.globs.join(", ")}) now that everything else is written`);
  const before = ctx.counts.transferred + (ctx.counts.propertiesUpdated ?? 0);
  await runPool(last.read(), o.concurrency, execute, { signal });
  group2.written = ctx.counts.transferred + (ctx.counts.propertiesUpdated ?? 0) - before;
}

// src/job/commands/list.ts
import { createWriteStream as createWriteStream5 } from "node:fs";
import { join as join13 } from "node:path";
async function listCommand(ctx, hooks, signal) {
  const side = targetSide(ctx, hooks);
  await connectTarget(ctx, side, ["list"]);
  await side.probe();
  const scope = await side.targetScope("list");
  const out = createWriteStream5(join13(ctx.folder.dir, "list.jsonl"));
  const keep = scopeFilter(ctx.options, "");
  const emit = (e) => {
    const p = side.properties(e);
    const row = { name: p.fullName, size: p.size, lastModified: new Date(p.lastModifiedMs).toISOString(), tier: p.tier, md5: p.md5, contentType: p.contentType };
    ctx.counts.total++;
    ctx.counts.bytes += e.size;
    out.write(JSON.stringify(row) + "\n");
    hooks.onListEntry?.(row);
  };
  try {
    if (scope.single) emit(scope.single);
    else for await (const e of scope.list(signal)) if (keep(e)) emit(e);
  } finally {
    await new Promise((r) => out.end(r));
  }
  ctx.scanned.source = ctx.counts.total;
  ctx.fileLog("info", `listed ${ctx.counts.total} ${side.nouns.many}, ${ctx.counts.bytes} bytes`);
  ctx.counts.bytes = 0;
  return { success: `Listed ${ctx.counts.total} ${side.nouns.one}(s).` };
}

// src/job/commands/make.ts
var capital = (word) => word.charAt(0).toUpperCase() + word.slice(1);
async function makeCommand(ctx, hooks) {
  const side = targetSide(ctx, hooks);
  const noun = side.nouns.container;
  const name = side.containerName;
  if (side.location.path) throw new UsageError(`make creates a ${noun}; give the ${noun} URL without a path (\u2026/${name})`);
  await connectTarget(ctx, side, ["create"]);
  ctx.counts.total = 1;
  if (ctx.options.dryRun) {
    const exists = await side.containerExists();
    ctx.log("info", exists ? `${noun} ${name} already exists; make would do nothing` : `make would create ${noun} ${name}`);
    return {};
  }
  let created;
  try {
    created = await side.makeContainer();
  } catch (err) {
    throw side.preflightError(err);
  }
  if (created) {
    ctx.counts.transferred = 1;
    ctx.fileLog("info", `created ${noun} ${name}`);
  } else {
    ctx.counts.skipped = 1;
    ctx.skipped.push({ path: name, reason: `${noun} already exists` });
    ctx.fileLog("info", `${noun} ${name} already exists; nothing to do`);
  }
  const display = ctx.options.source.display;
  return { success: created ? `Created ${noun} ${display}.` : `${capital(noun)} ${display} already exists; nothing to do.` };
}

// src/job/commands/remove.ts
async function removeCommand(ctx, hooks, signal) {
  const o = ctx.options;
  const side = targetSide(ctx, hooks);
  const { one: one2, many, container } = side.nouns;
  await connectTarget(ctx, side, o.dryRun ? ["list"] : ["list", "delete"]);
  await side.probe();
  const loc = side.location;
  const planned = new DeletionLog(ctx.folder.dir);
  let underUrl = 0;
  const deletedEarlier = hooks.jobId ? (await completedPaths(o.jobDir, hooks.jobId)).deleted : void 0;
  const note = (e) => {
    deletedEarlier?.delete(e.name);
    ctx.counts.total++;
    planned.add(e);
  };
  const scope = await side.targetScope("remove");
  try {
    if (scope.single) {
      underUrl = 1;
      note(scope.single);
    } else {
      if (!o.recursive) {
        if (!loc.path) throw new UsageError(`removing a whole ${container}'s ${many} needs --recursive`);
        if (!await scope.any()) {
          throw new GuardError(`"${loc.display}" does not exist: there is no ${one2} of that name, and none under it; nothing was removed`);
        }
        throw new UsageError(`"${loc.display}" is not a ${one2} but a folder; add --recursive to remove everything under it`);
      }
      const keep = scopeFilter(o, "");
      for await (const e of scope.list()) {
        underUrl++;
        if (keep(e)) note(e);
      }
    }
  } finally {
    await planned.close();
  }
  ctx.listingComplete = true;
  const count = planned.count;
  ctx.scanned.source = count;
  if (deletedEarlier) ctx.deletedEarlier(deletedEarlier.size);
  if (count === 0) {
    ctx.log("info", "nothing matched; nothing to remove");
    return { success: "Nothing matched; nothing was removed." };
  }
  if (o.maxDelete) {
    enforceMaxDelete(count, o.maxDelete, underUrl, (allowed, given) => `refusing to remove ${count} ${many}: more than --max-delete ${given} allows (${allowed}); nothing was removed`);
  }
  if (o.dryRun) {
    await replayDryRun(ctx, planned.read(), "remove");
    return {};
  }
  await runDeletions(
    ctx,
    planned.read(),
    async (e) => {
      try {
        await side.remove(e);
        ctx.counts.deleted++;
        ctx.record({ path: e.name, size: e.size, status: "Deleted", action: "delete" });
      } catch (err) {
        ctx.failed(e.name, e.size, "delete", err);
      }
    },
    signal
  );
  await side.afterDeletes?.({ wholeTree: filtersInUse(o).length === 0 });
  ctx.phase = "reconciling";
  const after = scope.relist();
  let remaining = 0;
  let remainingBytes = 0;
  const differences = [];
  for await (const pair of mergeJoin(planned.read(), after)) {
    if (pair.source && pair.destination) {
      remaining++;
      remainingBytes += pair.destination.size;
      if (differences.length < 50) differences.push({ path: pair.name, problem: "still present after removal" });
    }
  }
  const reconciliation = {
    basis: "relisted",
    // "Source" is what was to be removed; "destination" what is still there.
    sourceCount: count,
    sourceBytes: planned.bytes,
    destinationCount: remaining,
    destinationBytes: remainingBytes,
    matched: count - remaining,
    missing: 0,
    sizeMismatch: 0,
    hashMismatch: 0,
    extra: remaining,
    extraIsDifference: true,
    ok: remaining === 0,
    differences
  };
  return { reconciliation, success: `Removed ${ctx.counts.deleted} ${one2}(s); a new listing confirms they are gone.` };
}

// src/job/commands/merge.ts
import { join as join14 } from "node:path";
var finished = (r) => r?.status === "Completed" || r?.status === "DryRun";
async function mergeCommand(ctx, hooks, signal) {
  const o = ctx.options;
  const shards = readShardSet(o.merge.folders, fingerprintOfInputs);
  const count = shards[0].count;
  ctx.reportExtras.fingerprint = fingerprintOfInputs(shards[0].manifest.inputs);
  ctx.reportExtras.shards = shards.map(rowOf);
  sumShards(ctx, shards);
  ctx.log("info", `merging ${shards.length} of ${count} shard(s) of one ${o.command} job: ${shards.map((s) => `${s.index}=${s.jobId}`).join(", ")}`);
  await copyJournals(ctx, shards);
  const present = new Set(shards.map((s) => s.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
  if (missing.length) {
    throw new GuardError(`shard(s) ${missing.join(", ")} of ${count} missing: the merge needs every shard of the job; nothing was deleted and nothing reconciled. Run the missing shard(s) (--shard I/${count}) and merge again.`);
  }
  const unfinished = shards.filter((s) => !finished(s.report));
  if (unfinished.length) {
    const said = unfinished.map((s) => `shard ${s.index}/${count} (job ${s.jobId}) ${s.report ? `ended ${s.report.status}: ${s.report.message}` : "never finished (killed?): resume it with azcp jobs resume"}`);
    throw new GuardError(`${said.join("; ")}. Nothing was deleted: deletions run only when every shard completed. Resume or rerun the shard(s), then merge again.`);
  }
  const sides = await openTransferSides(ctx, hooks);
  const { sourceScope: source, destinationScope: destination } = sides;
  const plans = shards.map((s) => s.report.shardPlan);
  const unreadable = plans.reduce((n, p) => n + p.unreadableSourcePaths, 0);
  const deferred = plans.reduce((n, p) => n + p.deferredDeletions.count, 0);
  if (unreadable) {
    throw new GuardError(`${unreadable} source path(s) could not be read by the shards; ${deferred} deletion(s) were not done, to avoid deleting what only looked missing`);
  }
  guardEmptySource(ctx, plans.reduce((n, p) => n + p.leftOutByFilters, 0));
  const listed = o.listOfFiles ? await shardList(shards) : void 0;
  if (deferred > 0) {
    await checkDeletionLists(shards, count, inJobScope(o, source, destination, listed));
    const links = await withheldUnderLinks(linksOf(shards), deletionsOf(shards));
    const allowedCount = deferred - links.total;
    const destinationTotal = ctx.scanned.destination;
    enforceMaxDelete(allowedCount, o.maxDelete ?? DEFAULT_SYNC_MAX_DELETE, destinationTotal, (allowed, given) => {
      const pct = destinationTotal ? (allowedCount / destinationTotal * 100).toFixed(1) : "100";
      return `refusing to delete ${allowedCount} of ${destinationTotal} destination objects (${pct}%, over all ${count} shards): more than --max-delete ${given} allows (${allowed}); nothing was deleted. Check the source, or raise --max-delete (maxDelete in CI) and run the shards again.`;
    });
    if (o.dryRun) {
      await replayDryRun(ctx, links.others(deletionsOf(shards)), "delete");
      links.refuse();
      return {};
    }
    const runner = makeTransferRunner(ctx, sides.source, sides.destination, destination, signal);
    const clash = sides.destination.features.caseInsensitiveNames ? await writtenUnderAnotherCase(shards) : /* @__PURE__ */ new Set();
    const inScope = scopeFilter(o, source.namePrefix);
    const removeByName = async (stored) => {
      if (clash.has(stored.name)) {
        return ctx.failed(stored.name, stored.size, "delete", new Error(`refused: a shard wrote a name differing from "${stored.name}" only by case, and on this destination they are one file; deleting it would delete what was written`));
      }
      const where = destination.locate(stored.name);
      if (!("target" in where)) return ctx.failed(stored.name, stored.size, "delete", new Error(`refused: ${where.reason}`));
      const current = await sides.destination.stat(where.target, stored.name);
      if (!current) return ctx.log("info", `${stored.name}: already gone from the destination`);
      if (!inScope(current)) return ctx.failed(stored.name, stored.size, "delete", new Error("refused: what the destination holds under this name is left out by the job's filters"));
      if (changedSince(sides.destination.properties(stored), sides.destination.properties(current))) {
        return ctx.failed(stored.name, stored.size, "delete", new DestinationChangedError("refused: the destination object was written again after its shard listed it; it was not deleted. Run the job again to judge the new version"));
      }
      await runner.remove(current);
    };
    await runDeletions(ctx, links.others(deletionsOf(shards)), removeByName, signal);
    await sides.destination.afterDeletes?.();
    links.refuse();
  }
  if (o.dryRun) return {};
  ctx.phase = "reconciling";
  const keep = scopeFilter(o, source.namePrefix);
  const selects = source.selects;
  const keepDestination = selects ? (e) => selects(e.name) && keep(e) : keep;
  const rules = { command: o.command, overwrite: o.overwrite, compareHash: o.compareHash, mirrorMode: o.mirrorMode, deleteDestination: o.deleteDestination };
  const options = {
    rules,
    extraIsDifference: rules.command === "sync" && o.deleteDestination,
    hashSource: o.compareHash === "md5" ? sides.source.hash?.bind(sides.source) : void 0
  };
  const result = await reconcile(filtered(listedSource(source, listed, true), keep), filtered(listedDestination(destination, listed, source.namePrefix), keepDestination), options);
  if (!result.ok) ctx.fileLog("error", `reconciliation found differences: ${JSON.stringify(result.differences.slice(0, 5))}`);
  return { reconciliation: result };
}
function rowOf(s) {
  const r = s.report;
  return {
    index: s.index,
    count: s.count,
    jobId: s.jobId,
    status: r?.status ?? "Interrupted",
    files: r?.counts.total ?? 0,
    transferred: r?.counts.transferred ?? 0,
    failed: r?.counts.failed ?? 0,
    bytes: r?.counts.bytes ?? 0,
    durationMs: r?.durationMs ?? 0,
    retries: r?.retries ?? 0,
    deferredDeletions: r?.shardPlan?.deferredDeletions.count ?? 0,
    runner: r?.shardPlan?.runner.name ?? ""
  };
}
function sumShards(ctx, shards) {
  const c = ctx.counts;
  let retries = 0;
  for (const s of shards) {
    const r = s.report;
    if (!r) continue;
    c.total += r.counts.total;
    c.transferred += r.counts.transferred;
    c.skipped += r.counts.skipped;
    c.failed += r.counts.failed;
    c.bytes += r.counts.bytes;
    if (r.counts.keptNewerAtDestination !== void 0) c.keptNewerAtDestination = (c.keptNewerAtDestination ?? 0) + r.counts.keptNewerAtDestination;
    if (r.counts.overwroteNewerAtDestination !== void 0) c.overwroteNewerAtDestination = (c.overwroteNewerAtDestination ?? 0) + r.counts.overwroteNewerAtDestination;
    ctx.scanned.source += r.shardPlan?.sourceScanned ?? r.scanned.source;
    ctx.scanned.destination += r.shardPlan?.destinationScanned ?? r.scanned.destination;
    retries += r.retries;
    const room = (list) => Math.max(0, REPORT_LIST_CAP - list.length);
    ctx.failures.push(...r.failures.slice(0, room(ctx.failures)));
    ctx.skipped.push(...r.skipped.slice(0, room(ctx.skipped)));
    ctx.keptNewer.push(...(r.keptNewerAtDestination ?? []).slice(0, room(ctx.keptNewer)));
    ctx.overwroteNewer.push(...(r.overwroteNewerAtDestination ?? []).slice(0, room(ctx.overwroteNewer)));
    if (r.verification) {
      ctx.verification.endToEnd += r.verification.endToEnd;
      ctx.verification.inTransit += r.verification.inTransit;
      ctx.verification.none += r.verification.none;
    }
    for (const w of r.warnings.slice(0, 20)) ctx.warn(`shard ${s.index}/${s.count}: ${w}`);
  }
  ctx.retriesFrom([{ stats: { retries } }]);
}
async function copyJournals(ctx, shards) {
  for (const s of shards) {
    for await (const rec of readJsonLines(join14(s.dir, "transfers.jsonl"))) ctx.record(rec);
  }
}
function changedSince(listed, now) {
  if (listed.etag && now.etag) return !sameEtag(listed.etag, now.etag);
  return listed.size !== now.size || listed.lastModifiedMs !== now.lastModifiedMs;
}
async function* deletionsOf(shards) {
  for (const s of shards) yield* readJsonLines(join14(s.dir, "deletions.jsonl"));
}
async function shardList(shards) {
  const list = await sortedList(join14(shards[0].dir, SORTED_LIST));
  const named = shards.map((s) => s.report?.listOfFiles?.digest).find(Boolean);
  if (!named || list.digest !== named) {
    throw new GuardError(`${list.path} is not the list of files the shards read (its digest differs from their reports'); nothing was deleted and nothing reconciled`);
  }
  return list;
}
var badSegment = (name) => name === "" || name.startsWith("/") || name.split("/").some((seg) => seg === "." || seg === "..");
function inJobScope(o, source, destination, listed) {
  const keep = scopeFilter(o, source.namePrefix);
  return {
    namePrefix: source.namePrefix,
    listed,
    name(e) {
      if (badSegment(e.name)) return "not a name any job plans";
      if (!e.name.startsWith(source.namePrefix)) return `outside the source's folder "${source.namePrefix}"`;
      if (source.selects && !source.selects(e.name)) return "outside the source's wildcard";
      if (!keep(e)) return "left out by the job's filters";
      const where = destination.locate(e.name);
      if (!("target" in where)) return where.reason;
      return void 0;
    }
  };
}
async function checkDeletionLists(shards, count, scope) {
  for (const s of shards) {
    const path = join14(s.dir, "deletions.jsonl");
    const expected = s.report.shardPlan.deferredDeletions.count;
    let n = 0;
    let last;
    if (expected > 0) {
      for await (const e of readJsonLines(path)) {
        if (typeof e?.name !== "string" || shardOf(e.name, count) !== s.index) {
          throw new GuardError(`${path} holds "${printable2(String(e?.name))}", which is not of shard ${s.index}/${count}; nothing was deleted`);
        }
        const why = scope.name(e);
        if (why) throw new GuardError(`${path} holds "${printable2(e.name)}", which is not in the job's scope (${why}); nothing was deleted`);
        if (last !== void 0 && compareUtf8(last, e.name) >= 0) throw new GuardError(`${path} is not in the order azcp writes it ("${printable2(e.name)}" after "${printable2(last)}"); nothing was deleted`);
        last = e.name;
        n++;
      }
    }
    if (n !== expected) throw new GuardError(`${path} holds ${n} deletion(s), its report says ${expected}: the folder is incomplete; nothing was deleted`);
    if (n && scope.listed) {
      let kept = 0;
      for await (const _ of keepListed(readJsonLines(path), scope.listed.paths(), scope.namePrefix)) kept++;
      if (kept !== n) throw new GuardError(`${path} holds ${n - kept} name(s) the list of files does not name, which is not in the job's scope; nothing was deleted`);
    }
  }
}
async function writtenUnderAnotherCase(shards) {
  const fold2 = (n) => n.toUpperCase();
  const byFold = /* @__PURE__ */ new Map();
  for await (const e of deletionsOf(shards)) byFold.set(fold2(e.name), e.name);
  const clash = /* @__PURE__ */ new Set();
  if (!byFold.size) return clash;
  for (const s of shards) {
    for await (const rec of readJsonLines(join14(s.dir, "transfers.jsonl"))) {
      if (typeof rec?.path !== "string" || rec.action === "delete") continue;
      const d = byFold.get(fold2(rec.path));
      if (d !== void 0 && d !== rec.path) clash.add(d);
    }
  }
  return clash;
}
function linksOf(shards) {
  const seen = /* @__PURE__ */ new Map();
  for (const s of shards) for (const l of s.report?.shardPlan?.unfollowedLinks ?? []) seen.set(l.name, l);
  return [...seen.values()];
}

// src/job/run.ts
var COMMAND_RUNS = {
  copy: transferCommand,
  sync: transferCommand,
  list: listCommand,
  make: makeCommand,
  remove: removeCommand
};
async function runJob(options, hooks = {}) {
  const ctx = new JobContext(options, hooks);
  ctx.fileLog("info", `azcp ${options.command} job ${ctx.jobId}: ${options.commandLine}`);
  const abort = new AbortController();
  setMaxListeners(0, abort.signal);
  const onAbort = () => abort.abort();
  ctx.whenStopped(onAbort);
  hooks.signal?.addEventListener("abort", onAbort, { once: true });
  if (hooks.signal?.aborted) abort.abort();
  ctx.startProgress();
  let fatal;
  let usageError;
  let outcome;
  try {
    const run = options.merge ? mergeCommand : COMMAND_RUNS[options.command];
    outcome = await run(ctx, hooks, abort.signal);
  } catch (err) {
    if (ctx.stopReason) {
      fatal = `the job stopped: ${ctx.stopReason}`;
    } else if (abort.signal.aborted) {
      ctx.log("warning", "cancelled");
    } else if (err instanceof UsageError) {
      usageError = err;
      fatal = redact(err.message);
    } else {
      fatal = err instanceof GuardError ? redact(err.message) : `the job stopped: ${ctx.describe(err)}`;
    }
    if (fatal) ctx.log("error", fatal);
  } finally {
    hooks.signal?.removeEventListener("abort", onAbort);
    ctx.stopProgress();
  }
  if (!fatal && ctx.stopReason) fatal = `the job stopped: ${ctx.stopReason}`;
  if (fatal) hooks.onFatal?.(fatal);
  try {
    return finish(ctx, { cancelled: abort.signal.aborted && !ctx.stopReason, fatal, reconciliation: outcome?.reconciliation, success: outcome?.success, usageError });
  } finally {
    await ctx.folder.close();
  }
}
function finish(ctx, end2) {
  const o = ctx.options;
  if (ctx.folder.journalDropped) {
    ctx.warn(`transfers.jsonl reached its ${formatBytes(ctx.folder.journalMaxBytes)} cap: ${ctx.folder.journalDropped} line(s) were left out (routine ones first; AZCP_JOURNAL_MAX_BYTES raises it). The counts and failures in this report are complete.`);
  }
  const checked = ctx.verification;
  const notEndToEnd = checked.inTransit + checked.none;
  if (notEndToEnd > 0) ctx.warn(unverifiedWarning(checked, o.checkMd5));
  const v = verdict({
    cancelled: end2.cancelled,
    dryRun: o.dryRun,
    fatal: end2.fatal,
    counts: ctx.counts,
    reconciliation: end2.reconciliation,
    unreadable: ctx.enumerationProblems.length,
    success: end2.success,
    notVerifiedByMd5: notEndToEnd,
    purgeFailed: ctx.purgeFailed
  });
  const endedAt = Date.now();
  const report = {
    jobId: ctx.jobId,
    command: o.command,
    commandLine: redact(o.commandLine),
    source: o.source.display,
    destination: o.destination?.display,
    startedAt: new Date(ctx.started).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    status: v.status,
    exitCode: end2.usageError ? 2 : v.exitCode,
    message: v.message,
    counts: { ...ctx.counts },
    scanned: { ...ctx.scanned },
    reconciliation: end2.reconciliation,
    failures: ctx.failures,
    failuresTotal: ctx.counts.failed,
    skipped: ctx.skipped,
    skippedTotal: ctx.counts.skipped,
    ...ctx.counts.keptNewerAtDestination !== void 0 ? { keptNewerAtDestination: ctx.keptNewer } : {},
    ...ctx.counts.overwroteNewerAtDestination !== void 0 ? { overwroteNewerAtDestination: ctx.overwroteNewer } : {},
    retries: ctx.retries,
    ...ctx.hooks.jobId ? { resume: { ...ctx.resume } } : {},
    ...ctx.folder.journalDropped ? { journal: { maxBytes: ctx.folder.journalMaxBytes, droppedLines: ctx.folder.journalDropped } } : {},
    ...checked.endToEnd + notEndToEnd > 0 ? { verification: { ...checked } } : {},
    ...ctx.published && Object.keys(ctx.published.report).length ? { published: ctx.published.report } : {},
    warnings: ctx.warnings,
    durationMs: endedAt - ctx.started,
    jobFolder: ctx.folder.dir,
    reportPath: join15(ctx.folder.dir, "report.json"),
    // A shard says which one it is and of which job, whatever it met:
    // the merge must be able to name a failed shard too.
    ...o.shard ? { shard: { ...o.shard }, fingerprint: jobFingerprint(o) } : {},
    ...ctx.reportExtras
  };
  ctx.folder.writeFile("report.json", JSON.stringify(report, null, 2) + "\n");
  ctx.folder.writeFile("summary.md", summaryMarkdown(report));
  ctx.fileLog(report.exitCode === 0 ? "info" : "error", report.message);
  return report;
}

export {
  require_picomatch2 as require_picomatch,
  envNumber,
  progressIntervalMs,
  ENV_VARIABLES,
  secretPartsOf,
  INPUTS,
  inputRow,
  STEP_INPUTS,
  STEP_DEFAULTS,
  HOST_ONLY,
  SECRET_INPUTS,
  SECRET_CARRIERS,
  SECRET_BEARING_INPUTS,
  flagOf,
  parseBool,
  parseList,
  parseJobOptions,
  printable2 as printable,
  formatBytes,
  formatDuration,
  throughput,
  RateMeter,
  rateAndEta,
  progressLine,
  mergeOptions,
  JobLockedError,
  readLock,
  describeOwner,
  lockedMessage,
  UnreadableJobFile,
  readManifest,
  readReport,
  readTransfers,
  listJobIds,
  removeJob,
  publishedText,
  overwriteRuleSentences,
  VERSION,
  runJob
};
