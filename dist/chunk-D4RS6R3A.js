#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  UsageError,
  readSession
} from "./chunk-Q62OLSTV.js";
import {
  redact,
  registerSecret
} from "./chunk-YTE2SNQG.js";
import {
  __commonJS,
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
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
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
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
      let str = input;
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
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
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
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
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
                finished = true;
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
          if (finished === true) continue;
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
            finished = true;
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
                  finished = true;
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
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
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
              finished = true;
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
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
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
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
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
        prefix,
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
              tokens[idx].value = prefix;
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
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
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
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
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
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
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
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
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
      const create = (str) => {
        switch (str) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str);
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
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
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
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
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
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
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
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
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
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

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

// src/storage/naming.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

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
function wildcardMatcher(wildcard, prefix) {
  const re = import_picomatch.default.makeRe(wildcard, { dot: true, windows: false, literalBrackets: false });
  return (name) => re.test(name.slice(prefix.length).split("/")[0]);
}
async function* byWildcard(items, wildcard, prefix) {
  if (!wildcard) return yield* items;
  const match = wildcardMatcher(wildcard, prefix);
  for await (const e of items) if (match(e.name)) yield e;
}
async function* renamed(items, prefix) {
  for await (const e of items) yield { ...e, name: prefix + e.name };
}
async function* one(item) {
  if (item !== void 0) yield item;
}
async function* foundAt(source, stat2) {
  for await (const e of source) {
    const found = await stat2(e.name);
    if (found) yield { ...found, name: e.name };
  }
}

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
import { createReadStream, readFile, renameSync, utimesSync, writeFileSync } from "node:fs";
import { rename, stat, utimes, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";

// src/storage/inline-calls.ts
var SLOW_CALL_MS = 2;
var SLOW_CALLS_TO_SWITCH = 4;
var InlineCalls = class {
  constructor(clock = () => performance.now()) {
    this.clock = clock;
  }
  clock;
  slowInARow = 0;
  pooled = false;
  /** Whether calls are still made on the main thread. */
  get inline() {
    return !this.pooled;
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
      this.slowInARow = this.clock() - started > SLOW_CALL_MS ? this.slowInARow + 1 : 0;
      if (this.slowInARow >= SLOW_CALLS_TO_SWITCH) this.pooled = true;
    }
  }
};

// src/storage/disk.ts
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
var DiskCalls = class extends InlineCalls {
  writeFile(path, data, flag, signal) {
    return this.call(() => writeFileSync(path, data, { flag }), () => writeFile(path, data, { flag, signal }));
  }
  utimes(path, time) {
    return this.call(() => utimesSync(path, time, time), () => utimes(path, time, time));
  }
  rename(from, to) {
    return this.call(() => renameSync(from, to), () => rename(from, to));
  }
};
async function commitTempFile(temp, target, mtimeMs, calls) {
  const t = new Date(mtimeMs);
  await calls.utimes(temp, t);
  await calls.rename(temp, target).catch((err) => {
    if (err.code === "EISDIR" || err.code === "ENOTEMPTY" || err.code === "EEXIST") {
      throw new Error(`a folder already exists where the file "${target}" should go`);
    }
    throw err;
  });
}

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

// src/storage/url.ts
import { isIP } from "node:net";
function checkStorageUrl(text, role) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`the ${role} "${redact(text)}" is not a valid URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(`the ${role} uses ${url.protocol.replace(":", "")}://, which azcp does not support: use a blob URL (https://ACCOUNT.blob.core.windows.net/CONTAINER), a share URL (https://ACCOUNT.file.core.windows.net/SHARE) or a local path`);
  }
  if (url.username || url.password) {
    throw new UsageError(`the ${role} URL must not carry a user name or password; use --auth or a SAS token`);
  }
  const rawPath = text.replace(/^[a-z]+:\/\/[^/?#]*/i, "").split(/[?#]/)[0];
  if (rawPath.split("/").some((s) => s === ".." || s === "." || /^%2e(%2e)?$/i.test(s))) {
    throw new UsageError(`the ${role} URL has a '.' or '..' segment; write the blob path without them`);
  }
  return url;
}
function isPathStyle(url) {
  const host = url.hostname.toLowerCase();
  const bareHost = host.replace(/^\[|\]$/g, "");
  return isIP(bareHost) !== 0 || host === "localhost" || !host.includes(".");
}
function underFileEndpoint(url, env = process.env) {
  const endpoint = fileEndpoint(env);
  if (!endpoint) return false;
  const here = `${url.protocol}//${url.host}${url.pathname}`.toLowerCase();
  return here === endpoint || here.startsWith(`${endpoint}/`);
}
function unclaimedUrlMessage(url, role) {
  const host = url.hostname.toLowerCase();
  if (/\.(queue|table)\.core\./.test(host)) {
    return `the ${role} is an Azure ${host.split(".")[1]} endpoint; azcp moves blobs and files: use ACCOUNT.blob.core.windows.net or ACCOUNT.file.core.windows.net`;
  }
  if (/\.dfs\.core\./.test(host)) {
    return `the ${role} uses the Data Lake endpoint (.dfs.); use the blob endpoint instead: ${host.replace(".dfs.", ".blob.")}`;
  }
  return `the ${role} "${redact(url.toString())}" is not a storage URL azcp knows`;
}

// src/storage/remote-url.ts
function containerNameRule(pattern, noun) {
  return (name) => pattern.test(name) ? void 0 : `"${name}" is not a valid ${noun} name: 3 to 63 lowercase letters, digits and single hyphens, starting with a letter or digit`;
}
function parseRemoteUrl(text, url, role, rules) {
  const host = url.hostname.toLowerCase();
  const pathStyle = isPathStyle(url);
  if (url.protocol === "http:" && !pathStyle) {
    throw new UsageError(`the ${role} uses plain http to ${host}; Azure Storage needs https (http is only accepted for an emulator on a local address)`);
  }
  const segments = url.pathname.split("/").filter((_, i) => i > 0);
  let decoded;
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    throw new UsageError(`the ${role} URL has a malformed %-escape in its path`);
  }
  let account;
  let origin = `${url.protocol}//${url.host}`;
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
    throw new UsageError(`the ${role} URL names no ${noun}: write ${pathStyle ? origin : `${url.protocol}//${url.host}`}/${NOUN}[/PATH]`);
  }
  const problem = rules.nameProblem(container);
  if (problem) throw new UsageError(problem);
  const name = splitUrlName(segments.slice(segments.length - decoded.length), role);
  const path = (name.wildcard !== void 0 || name.contentsOnly ? name.parents.join("/") : [...name.parents, name.last].join("/")).replace(/^\/+/, "");
  const { contentsOnly, wildcard } = name;
  const sas = url.search.length > 1 ? url.search.slice(1) : void 0;
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
function watchBodyIdle(body, ms) {
  if (!(ms > 0)) return { touch() {
  }, stop() {
  } };
  const stream = body;
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
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener?.("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener?.("abort", onAbort, { once: true });
  });
}
function abortError() {
  const e = new Error("The operation was aborted.");
  e.name = "AbortError";
  return e;
}
function retryPolicy(tuning, stats) {
  return {
    name: "azcpRetryPolicy",
    async sendRequest(request, next) {
      const replayable = request.body === void 0 || request.body === null || typeof request.body !== "object" || Buffer.isBuffer(request.body) || typeof request.body === "function" || request.body instanceof Uint8Array;
      const outer = request.abortSignal;
      for (let attempt = 1; ; attempt++) {
        let delay;
        const attemptAbort = new AbortController();
        let timedOut = false;
        const onOuterAbort = () => attemptAbort.abort();
        if (outer?.aborted) throw abortError();
        outer?.addEventListener("abort", onOuterAbort, { once: true });
        const timer = tuning.tryTimeoutMs > 0 ? setTimeout(() => (timedOut = true, attemptAbort.abort()), tuning.tryTimeoutMs) : void 0;
        request.abortSignal = attemptAbort.signal;
        let keepLink = false;
        try {
          const response = await next(request);
          if (!RETRIABLE_STATUS.has(response.status) || attempt >= tuning.maxTries || !replayable || unnamedCopySourceFailure(request, response)) {
            const body = response.readableStreamBody;
            if (body && outer && typeof body.once === "function") {
              keepLink = true;
              body.once("close", () => outer.removeEventListener?.("abort", onOuterAbort));
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
          request.abortSignal = outer;
        }
        const backoff = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** (attempt - 1));
        const wait = delay !== void 0 ? Math.min(delay, tuning.maxDelayMs) : Math.random() * backoff;
        stats.retries++;
        await sleep(wait, outer);
      }
    }
  };
}
function unnamedCopySourceFailure(request, response) {
  return request.headers.has("x-ms-copy-source") && isBare500(response.status, response.headers.get("x-ms-error-code"));
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
  sendRequest(request, next) {
    const { hostname } = new URL(request.url);
    if (hostname.startsWith("[") && hostname.endsWith("]")) {
      request.requestOverrides = { ...request.requestOverrides, hostname: hostname.slice(1, -1) };
    }
    return next(request);
  }
};
function useAzcpPolicies(sdkPipeline, serviceUrl, tuning, stats) {
  const core = sdkPipeline._corePipeline;
  if (core) {
    core.removePolicy({ name: "formDataPolicy" });
    core.removePolicy({ name: "tracingPolicy" });
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
      const { buildTokenCredential } = await import("./identity-AMYSSNPA.js");
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
      const { buildTokenCredential } = await import("./identity-AMYSSNPA.js");
      return { kind: "token", credential: buildTokenCredential(auth, env), description: "identity chain" };
    }
  }
}
async function sessionAuth(session, env) {
  const { sessionCredential } = await import("./login-BCLNQSDQ.js");
  return { kind: "token", credential: await sessionCredential(session, env), description: `azcp login (${session.method}, ${session.who})` };
}

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
import { createHash as createHash2 } from "node:crypto";
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
async function sendPiecesInOrder(path, size, pieceSize, s, plan) {
  const count = Math.ceil(size / pieceSize);
  const hash = createHash2("md5");
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
            const send = plan({ index, offset, length, buf, md5UpToHere: () => hash.copy().digest() });
            readDone();
            if (!send) {
              reused++;
              s.onBytes?.(length);
              giveBackPiece(buf, pieceSize);
              return;
            }
            await send();
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

// src/storage/range-body.ts
import { createHash as createHash3 } from "node:crypto";
async function writeRangeBody(res, handle, offset, count, o) {
  if (!res.readableStreamBody) throw new Error("the service returned no body");
  const rangeHash = o.checkInTransit ? createHash3("md5") : void 0;
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
  const segments = path.split("/");
  if (segments.length > MAX_FILE_PATH_DEPTH + 1) return `the path is ${segments.length - 1} directories deep; Azure Files allows at most ${MAX_FILE_PATH_DEPTH}`;
  for (const s of segments) {
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

// src/storage/etag.ts
function sameEtag(a, b) {
  return a.replace(/"/g, "") === b.replace(/"/g, "");
}

export {
  require_picomatch2 as require_picomatch,
  envNumber,
  retryTuning,
  logRotateBytes,
  journalMaxBytes,
  progressIntervalMs,
  ENV_VARIABLES,
  checkStorageUrl,
  underFileEndpoint,
  unclaimedUrlMessage,
  splitWildcard,
  QUIET,
  parentPrefix,
  withSlash,
  wildcardMatcher,
  byWildcard,
  renamed,
  one,
  foundAt,
  statusOf,
  errorCodeOf,
  isNotImplemented,
  IntegrityError,
  DestinationChangedError,
  jobWideFailure,
  preflightError,
  InlineCalls,
  fileTimeMs,
  md5OfFile,
  readWhole,
  assertUnchanged,
  tempPathFor,
  DiskCalls,
  commitTempFile,
  compareUtf8,
  registerInputSecrets,
  secretPartsOf,
  containerNameRule,
  parseRemoteUrl,
  encodeObjectPath,
  checkSas,
  expiredSasMessage,
  sasLetters,
  isObjectSas,
  checkObjectSas,
  SDK_BODY_RETRIES,
  watchBodyIdle,
  withBodyRetries,
  useAzcpPolicies,
  resolveAuth,
  uploadHeaders,
  takePiece,
  giveBackPiece,
  sendPiecesInOrder,
  writeRangeBody,
  sourceAccess,
  SHARE_NAME,
  fileNameProblem,
  sameEtag
};
