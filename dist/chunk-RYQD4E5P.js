#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  PYTHON_FLOATS,
  STEP_KEYS,
  concatBytes,
  specialFileError
} from "./chunk-AKW4DGKN.js";
import {
  formatBytes
} from "./chunk-RAPCEA5V.js";
import {
  parse
} from "./chunk-C7LI433E.js";
import {
  isLossLike
} from "./chunk-IVAHBH75.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
import {
  parseLenientJson
} from "./chunk-EC6D2AOC.js";
import {
  isMapping
} from "./chunk-EJA7YNZZ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KLT3S7YO.js";

// node_modules/protobufjs/src/util/aspromise.js
var require_aspromise = __commonJS({
  "node_modules/protobufjs/src/util/aspromise.js"(exports, module) {
    "use strict";
    module.exports = asPromise;
    function asPromise(fn, ctx) {
      var params = new Array(arguments.length - 1), offset = 0, index = 2, pending = true;
      while (index < arguments.length)
        params[offset++] = arguments[index++];
      return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err) {
          if (pending) {
            pending = false;
            if (err)
              reject(err);
            else {
              var params2 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params2.length)
                params2[offset2++] = arguments[offset2];
              resolve.apply(null, params2);
            }
          }
        };
        try {
          fn.apply(ctx || null, params);
        } catch (err) {
          if (pending) {
            pending = false;
            reject(err);
          }
        }
      });
    }
  }
});

// node_modules/protobufjs/src/util/base64.js
var require_base64 = __commonJS({
  "node_modules/protobufjs/src/util/base64.js"(exports) {
    "use strict";
    var base64 = exports;
    base64.length = function length(string) {
      var p = string.length;
      if (!p)
        return 0;
      while (p > 0 && string.charAt(p - 1) === "=")
        --p;
      return Math.floor(p * 3 / 4);
    };
    var b64 = new Array(64);
    var s64 = new Array(123);
    for (i = 0; i < 64; )
      s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;
    var i;
    s64[45] = 62;
    s64[95] = 63;
    base64.encode = function encode(buffer, start, end) {
      var parts = null, chunk = [];
      var i2 = 0, j = 0, t;
      while (start < end) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i2++] = b64[b >> 2];
            t = (b & 3) << 4;
            j = 1;
            break;
          case 1:
            chunk[i2++] = b64[t | b >> 4];
            t = (b & 15) << 2;
            j = 2;
            break;
          case 2:
            chunk[i2++] = b64[t | b >> 6];
            chunk[i2++] = b64[b & 63];
            j = 0;
            break;
        }
        if (i2 > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
          i2 = 0;
        }
      }
      if (j) {
        chunk[i2++] = b64[t];
        chunk[i2++] = 61;
        if (j === 1)
          chunk[i2++] = 61;
      }
      if (parts) {
        if (i2)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i2)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i2));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function decode(string, buffer, offset) {
      var start = offset;
      var j = 0, t;
      for (var i2 = 0; i2 < string.length; ) {
        var c = string.charCodeAt(i2++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t = c;
            j = 1;
            break;
          case 1:
            buffer[offset++] = t << 2 | (c & 48) >> 4;
            t = c;
            j = 2;
            break;
          case 2:
            buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
            t = c;
            j = 3;
            break;
          case 3:
            buffer[offset++] = (t & 3) << 6 | c;
            j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    var base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    var base64UrlRe = /[-_]/;
    var base64UrlNoPaddingRe = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;
    base64.test = function test(string) {
      return base64Re.test(string) || base64UrlRe.test(string) && base64UrlNoPaddingRe.test(string);
    };
  }
});

// node_modules/protobufjs/src/util/eventemitter.js
var require_eventemitter = __commonJS({
  "node_modules/protobufjs/src/util/eventemitter.js"(exports, module) {
    "use strict";
    module.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function on(evt, fn, ctx) {
      (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      });
      return this;
    };
    EventEmitter.prototype.off = function off(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else {
        if (fn === void 0)
          this._listeners[evt] = [];
        else {
          var listeners = this._listeners[evt];
          if (!listeners)
            return this;
          for (var i = 0; i < listeners.length; )
            if (listeners[i].fn === fn)
              listeners.splice(i, 1);
            else
              ++i;
        }
      }
      return this;
    };
    EventEmitter.prototype.emit = function emit(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        var args = [], i = 1;
        for (; i < arguments.length; )
          args.push(arguments[i++]);
        for (i = 0; i < listeners.length; )
          listeners[i].fn.apply(listeners[i++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/util/float.js
var require_float = __commonJS({
  "node_modules/protobufjs/src/util/float.js"(exports, module) {
    "use strict";
    module.exports = factory(factory);
    function factory(exports2) {
      if (typeof Float32Array !== "undefined") (function() {
        var f32 = new Float32Array([-0]), f8b = new Uint8Array(f32.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[3];
          buf[pos + 1] = f8b[2];
          buf[pos + 2] = f8b[1];
          buf[pos + 3] = f8b[0];
        }
        exports2.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        exports2.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          return f32[0];
        }
        function readFloat_f32_rev(buf, pos) {
          f8b[3] = buf[pos];
          f8b[2] = buf[pos + 1];
          f8b[1] = buf[pos + 2];
          f8b[0] = buf[pos + 3];
          return f32[0];
        }
        exports2.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        exports2.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })();
      else (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports2.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports2.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports2.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports2.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })();
      if (typeof Float64Array !== "undefined") (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
          buf[pos + 4] = f8b[4];
          buf[pos + 5] = f8b[5];
          buf[pos + 6] = f8b[6];
          buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[7];
          buf[pos + 1] = f8b[6];
          buf[pos + 2] = f8b[5];
          buf[pos + 3] = f8b[4];
          buf[pos + 4] = f8b[3];
          buf[pos + 5] = f8b[2];
          buf[pos + 6] = f8b[1];
          buf[pos + 7] = f8b[0];
        }
        exports2.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        exports2.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          f8b[4] = buf[pos + 4];
          f8b[5] = buf[pos + 5];
          f8b[6] = buf[pos + 6];
          f8b[7] = buf[pos + 7];
          return f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          f8b[7] = buf[pos];
          f8b[6] = buf[pos + 1];
          f8b[5] = buf[pos + 2];
          f8b[4] = buf[pos + 3];
          f8b[3] = buf[pos + 4];
          f8b[2] = buf[pos + 5];
          f8b[1] = buf[pos + 6];
          f8b[0] = buf[pos + 7];
          return f64[0];
        }
        exports2.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        exports2.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })();
      else (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0) {
            writeUint(0, buf, pos + off0);
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          } else if (isNaN(val)) {
            writeUint(0, buf, pos + off0);
            writeUint(2146959360, buf, pos + off1);
          } else if (val > 17976931348623157e292) {
            writeUint(0, buf, pos + off0);
            writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          } else {
            var mantissa;
            if (val < 22250738585072014e-324) {
              mantissa = val / 5e-324;
              writeUint(mantissa >>> 0, buf, pos + off0);
              writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            } else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              if (exponent === 1024)
                exponent = 1023;
              mantissa = val * Math.pow(2, -exponent);
              writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
              writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports2.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports2.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1);
          var sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports2.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports2.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })();
      return exports2;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24;
      buf[pos + 1] = val >>> 16 & 255;
      buf[pos + 2] = val >>> 8 & 255;
      buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/protobufjs/src/util/utf8.js
var require_utf8 = __commonJS({
  "node_modules/protobufjs/src/util/utf8.js"(exports) {
    "use strict";
    var utf82 = exports;
    var looseDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
    var strictDecoder;
    var TEXT_DECODER_MIN_LENGTH = 64;
    try {
      strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    } catch (err) {
      strictDecoder = looseDecoder;
    }
    utf82.length = function utf8_length(string) {
      var len = 0, c = 0;
      for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
          len += 1;
        else if (c < 2048)
          len += 2;
        else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
          ++i;
          len += 4;
        } else
          len += 3;
      }
      return len;
    };
    function utf8_read_decoder(decoder, buffer, start, end) {
      var source = start === 0 && end === buffer.length ? buffer : buffer.subarray(start, end);
      return decoder.decode(source);
    }
    utf82.read = function utf8_read_loose(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(looseDecoder, buffer, start, end);
      var str = "", i = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf82.readStrict = function utf8_read_strict(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);
      var str = "", i = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf82.write = function utf8_write(string, buffer, offset) {
      var start = offset, c1, c2;
      for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
          buffer[offset++] = c1;
        } else if (c1 < 2048) {
          buffer[offset++] = c1 >> 6 | 192;
          buffer[offset++] = c1 & 63 | 128;
        } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
          c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
          ++i;
          buffer[offset++] = c1 >> 18 | 240;
          buffer[offset++] = c1 >> 12 & 63 | 128;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        } else {
          buffer[offset++] = c1 >> 12 | 224;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        }
      }
      return offset - start;
    };
  }
});

// node_modules/protobufjs/src/util/pool.js
var require_pool = __commonJS({
  "node_modules/protobufjs/src/util/pool.js"(exports, module) {
    "use strict";
    module.exports = pool;
    function pool(alloc, slice, size) {
      var SIZE = size || 8192;
      var MAX = SIZE >>> 1;
      var slab = null;
      var offset = SIZE;
      return function pool_alloc(size2) {
        if (size2 < 1 || size2 > MAX)
          return alloc(size2);
        if (offset + size2 > SIZE) {
          slab = alloc(SIZE);
          offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size2);
        if (offset & 7)
          offset = (offset | 7) + 1;
        return buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports, module) {
    "use strict";
    module.exports = LongBits;
    var Long;
    function LongBits(lo, hi) {
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function fromNumber(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      if (sign)
        value = -value;
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
          lo = 0;
          if (++hi > 4294967295)
            hi = 0;
        }
      }
      return new LongBits(lo, hi);
    };
    LongBits.from = function from(value) {
      if (typeof value === "number")
        return LongBits.fromNumber(value);
      if (typeof value === "string" || value instanceof String) {
        if (Long)
          value = Long.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      }
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function toNumber(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        if (!lo)
          hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function toLong(unsigned) {
      return Long ? new Long(this.lo | 0, this.hi | 0, Boolean(unsigned)) : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function fromHash(hash) {
      if (hash === zeroHash)
        return zero;
      return new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function toHash() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function zzEncode() {
      var mask2 = this.hi >> 31;
      this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask2) >>> 0;
      this.lo = (this.lo << 1 ^ mask2) >>> 0;
      return this;
    };
    LongBits.prototype.zzDecode = function zzDecode() {
      var mask2 = -(this.lo & 1);
      this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask2) >>> 0;
      this.hi = (this.hi >>> 1 ^ mask2) >>> 0;
      return this;
    };
    LongBits.prototype.length = function length() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
    LongBits._configure = function(Long_) {
      Long = Long_;
    };
  }
});

// node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/long/umd/index.js"(exports, module) {
    (function(global2, factory) {
      function preferDefault(exports2) {
        return exports2.default || exports2;
      }
      if (typeof define === "function" && define.amd) {
        define([], function() {
          var exports2 = {};
          factory(exports2);
          return preferDefault(exports2);
        });
      } else if (typeof exports === "object") {
        factory(exports);
        if (typeof module === "object") module.exports = preferDefault(exports);
      } else {
        (function() {
          var exports2 = {};
          factory(exports2);
          global2.Long = preferDefault(exports2);
        })();
      }
    })(
      typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : exports,
      function(_exports) {
        "use strict";
        Object.defineProperty(_exports, "__esModule", {
          value: true
        });
        _exports.default = void 0;
        var wasm = null;
        try {
          wasm = new WebAssembly.Instance(
            new WebAssembly.Module(
              new Uint8Array([
                // \0asm
                0,
                97,
                115,
                109,
                // version 1
                1,
                0,
                0,
                0,
                // section "type"
                1,
                13,
                2,
                // 0, () => i32
                96,
                0,
                1,
                127,
                // 1, (i32, i32, i32, i32) => i32
                96,
                4,
                127,
                127,
                127,
                127,
                1,
                127,
                // section "function"
                3,
                7,
                6,
                // 0, type 0
                0,
                // 1, type 1
                1,
                // 2, type 1
                1,
                // 3, type 1
                1,
                // 4, type 1
                1,
                // 5, type 1
                1,
                // section "global"
                6,
                6,
                1,
                // 0, "high", mutable i32
                127,
                1,
                65,
                0,
                11,
                // section "export"
                7,
                50,
                6,
                // 0, "mul"
                3,
                109,
                117,
                108,
                0,
                1,
                // 1, "div_s"
                5,
                100,
                105,
                118,
                95,
                115,
                0,
                2,
                // 2, "div_u"
                5,
                100,
                105,
                118,
                95,
                117,
                0,
                3,
                // 3, "rem_s"
                5,
                114,
                101,
                109,
                95,
                115,
                0,
                4,
                // 4, "rem_u"
                5,
                114,
                101,
                109,
                95,
                117,
                0,
                5,
                // 5, "get_high"
                8,
                103,
                101,
                116,
                95,
                104,
                105,
                103,
                104,
                0,
                0,
                // section "code"
                10,
                191,
                1,
                6,
                // 0, "get_high"
                4,
                0,
                35,
                0,
                11,
                // 1, "mul"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                126,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 2, "div_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                127,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 3, "div_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                128,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 4, "rem_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                129,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 5, "rem_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                130,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11
              ])
            ),
            {}
          ).exports;
        } catch {
        }
        function Long(low, high, unsigned) {
          this.low = low | 0;
          this.high = high | 0;
          this.unsigned = !!unsigned;
        }
        Long.prototype.__isLong__;
        Object.defineProperty(Long.prototype, "__isLong__", {
          value: true
        });
        function isLong(obj) {
          return (obj && obj["__isLong__"]) === true;
        }
        function ctz32(value) {
          var c = Math.clz32(value & -value);
          return value ? 31 - c : c;
        }
        Long.isLong = isLong;
        var INT_CACHE = {};
        var UINT_CACHE = {};
        function fromInt(value, unsigned) {
          var obj, cachedObj, cache2;
          if (unsigned) {
            value >>>= 0;
            if (cache2 = 0 <= value && value < 256) {
              cachedObj = UINT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, 0, true);
            if (cache2) UINT_CACHE[value] = obj;
            return obj;
          } else {
            value |= 0;
            if (cache2 = -128 <= value && value < 128) {
              cachedObj = INT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, value < 0 ? -1 : 0, false);
            if (cache2) INT_CACHE[value] = obj;
            return obj;
          }
        }
        Long.fromInt = fromInt;
        function fromNumber(value, unsigned) {
          if (isNaN(value)) return unsigned ? UZERO : ZERO;
          if (unsigned) {
            if (value < 0) return UZERO;
            if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
          } else {
            if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
            if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
          }
          if (value < 0) return fromNumber(-value, unsigned).neg();
          return fromBits(
            value % TWO_PWR_32_DBL | 0,
            value / TWO_PWR_32_DBL | 0,
            unsigned
          );
        }
        Long.fromNumber = fromNumber;
        function fromBits(lowBits, highBits, unsigned) {
          return new Long(lowBits, highBits, unsigned);
        }
        Long.fromBits = fromBits;
        var pow_dbl = Math.pow;
        function fromString(str, unsigned, radix) {
          if (str.length === 0) throw Error("empty string");
          if (typeof unsigned === "number") {
            radix = unsigned;
            unsigned = false;
          } else {
            unsigned = !!unsigned;
          }
          if (str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity")
            return unsigned ? UZERO : ZERO;
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
          else if (p === 0) {
            return fromString(str.substring(1), unsigned, radix).neg();
          }
          var radixToPower = fromNumber(pow_dbl(radix, 8));
          var result = ZERO;
          for (var i = 0; i < str.length; i += 8) {
            var size = Math.min(8, str.length - i), value = parseInt(str.substring(i, i + size), radix);
            if (size < 8) {
              var power = fromNumber(pow_dbl(radix, size));
              result = result.mul(power).add(fromNumber(value));
            } else {
              result = result.mul(radixToPower);
              result = result.add(fromNumber(value));
            }
          }
          result.unsigned = unsigned;
          return result;
        }
        Long.fromString = fromString;
        function fromValue(val, unsigned) {
          if (typeof val === "number") return fromNumber(val, unsigned);
          if (typeof val === "string") return fromString(val, unsigned);
          return fromBits(
            val.low,
            val.high,
            typeof unsigned === "boolean" ? unsigned : val.unsigned
          );
        }
        Long.fromValue = fromValue;
        var TWO_PWR_16_DBL = 1 << 16;
        var TWO_PWR_24_DBL = 1 << 24;
        var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;
        var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;
        var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;
        var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);
        var ZERO = fromInt(0);
        Long.ZERO = ZERO;
        var UZERO = fromInt(0, true);
        Long.UZERO = UZERO;
        var ONE = fromInt(1);
        Long.ONE = ONE;
        var UONE = fromInt(1, true);
        Long.UONE = UONE;
        var NEG_ONE = fromInt(-1);
        Long.NEG_ONE = NEG_ONE;
        var MAX_VALUE = fromBits(4294967295 | 0, 2147483647 | 0, false);
        Long.MAX_VALUE = MAX_VALUE;
        var MAX_UNSIGNED_VALUE = fromBits(4294967295 | 0, 4294967295 | 0, true);
        Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
        var MIN_VALUE = fromBits(0, 2147483648 | 0, false);
        Long.MIN_VALUE = MIN_VALUE;
        var LongPrototype = Long.prototype;
        LongPrototype.toInt = function toInt() {
          return this.unsigned ? this.low >>> 0 : this.low;
        };
        LongPrototype.toNumber = function toNumber() {
          if (this.unsigned)
            return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
          return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
        };
        LongPrototype.toString = function toString(radix) {
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          if (this.isZero()) return "0";
          if (this.isNegative()) {
            if (this.eq(MIN_VALUE)) {
              var radixLong = fromNumber(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
              return div.toString(radix) + rem1.toInt().toString(radix);
            } else return "-" + this.neg().toString(radix);
          }
          var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this;
          var result = "";
          while (true) {
            var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits2 = intval.toString(radix);
            rem = remDiv;
            if (rem.isZero()) return digits2 + result;
            else {
              while (digits2.length < 6) digits2 = "0" + digits2;
              result = "" + digits2 + result;
            }
          }
        };
        LongPrototype.getHighBits = function getHighBits() {
          return this.high;
        };
        LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
          return this.high >>> 0;
        };
        LongPrototype.getLowBits = function getLowBits() {
          return this.low;
        };
        LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
          return this.low >>> 0;
        };
        LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
          if (this.isNegative())
            return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
          var val = this.high != 0 ? this.high : this.low;
          for (var bit = 31; bit > 0; bit--) if ((val & 1 << bit) != 0) break;
          return this.high != 0 ? bit + 33 : bit + 1;
        };
        LongPrototype.isSafeInteger = function isSafeInteger() {
          var top11Bits = this.high >> 21;
          if (!top11Bits) return true;
          if (this.unsigned) return false;
          return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
        };
        LongPrototype.isZero = function isZero() {
          return this.high === 0 && this.low === 0;
        };
        LongPrototype.eqz = LongPrototype.isZero;
        LongPrototype.isNegative = function isNegative() {
          return !this.unsigned && this.high < 0;
        };
        LongPrototype.isPositive = function isPositive() {
          return this.unsigned || this.high >= 0;
        };
        LongPrototype.isOdd = function isOdd() {
          return (this.low & 1) === 1;
        };
        LongPrototype.isEven = function isEven() {
          return (this.low & 1) === 0;
        };
        LongPrototype.equals = function equals(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1)
            return false;
          return this.high === other.high && this.low === other.low;
        };
        LongPrototype.eq = LongPrototype.equals;
        LongPrototype.notEquals = function notEquals(other) {
          return !this.eq(
            /* validates */
            other
          );
        };
        LongPrototype.neq = LongPrototype.notEquals;
        LongPrototype.ne = LongPrototype.notEquals;
        LongPrototype.lessThan = function lessThan(other) {
          return this.comp(
            /* validates */
            other
          ) < 0;
        };
        LongPrototype.lt = LongPrototype.lessThan;
        LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) <= 0;
        };
        LongPrototype.lte = LongPrototype.lessThanOrEqual;
        LongPrototype.le = LongPrototype.lessThanOrEqual;
        LongPrototype.greaterThan = function greaterThan(other) {
          return this.comp(
            /* validates */
            other
          ) > 0;
        };
        LongPrototype.gt = LongPrototype.greaterThan;
        LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) >= 0;
        };
        LongPrototype.gte = LongPrototype.greaterThanOrEqual;
        LongPrototype.ge = LongPrototype.greaterThanOrEqual;
        LongPrototype.compare = function compare(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.eq(other)) return 0;
          var thisNeg = this.isNegative(), otherNeg = other.isNegative();
          if (thisNeg && !otherNeg) return -1;
          if (!thisNeg && otherNeg) return 1;
          if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
          return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
        };
        LongPrototype.comp = LongPrototype.compare;
        LongPrototype.negate = function negate() {
          if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
          return this.not().add(ONE);
        };
        LongPrototype.neg = LongPrototype.negate;
        LongPrototype.add = function add(addend) {
          if (!isLong(addend)) addend = fromValue(addend);
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = addend.high >>> 16;
          var b32 = addend.high & 65535;
          var b16 = addend.low >>> 16;
          var b00 = addend.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 + b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 + b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 + b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 + b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.subtract = function subtract(subtrahend) {
          if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
          return this.add(subtrahend.neg());
        };
        LongPrototype.sub = LongPrototype.subtract;
        LongPrototype.multiply = function multiply(multiplier) {
          if (this.isZero()) return this;
          if (!isLong(multiplier)) multiplier = fromValue(multiplier);
          if (wasm) {
            var low = wasm["mul"](
              this.low,
              this.high,
              multiplier.low,
              multiplier.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
          if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
          if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
          if (this.isNegative()) {
            if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
            else return this.neg().mul(multiplier).neg();
          } else if (multiplier.isNegative())
            return this.mul(multiplier.neg()).neg();
          if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
            return fromNumber(
              this.toNumber() * multiplier.toNumber(),
              this.unsigned
            );
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = multiplier.high >>> 16;
          var b32 = multiplier.high & 65535;
          var b16 = multiplier.low >>> 16;
          var b00 = multiplier.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 * b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 * b00;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c16 += a00 * b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 * b00;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a16 * b16;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a00 * b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.mul = LongPrototype.multiply;
        LongPrototype.divide = function divide(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (divisor.isZero()) throw Error("division by zero");
          if (wasm) {
            if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) {
              return this;
            }
            var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (this.isZero()) return this.unsigned ? UZERO : ZERO;
          var approx, rem, res;
          if (!this.unsigned) {
            if (this.eq(MIN_VALUE)) {
              if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
                return MIN_VALUE;
              else if (divisor.eq(MIN_VALUE)) return ONE;
              else {
                var halfThis = this.shr(1);
                approx = halfThis.div(divisor).shl(1);
                if (approx.eq(ZERO)) {
                  return divisor.isNegative() ? ONE : NEG_ONE;
                } else {
                  rem = this.sub(divisor.mul(approx));
                  res = approx.add(rem.div(divisor));
                  return res;
                }
              }
            } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
            if (this.isNegative()) {
              if (divisor.isNegative()) return this.neg().div(divisor.neg());
              return this.neg().div(divisor).neg();
            } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
            res = ZERO;
          } else {
            if (!divisor.unsigned) divisor = divisor.toUnsigned();
            if (divisor.gt(this)) return UZERO;
            if (divisor.gt(this.shru(1)))
              return UONE;
            res = UZERO;
          }
          rem = this;
          while (rem.gte(divisor)) {
            approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
            var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor);
            while (approxRem.isNegative() || approxRem.gt(rem)) {
              approx -= delta;
              approxRes = fromNumber(approx, this.unsigned);
              approxRem = approxRes.mul(divisor);
            }
            if (approxRes.isZero()) approxRes = ONE;
            res = res.add(approxRes);
            rem = rem.sub(approxRem);
          }
          return res;
        };
        LongPrototype.div = LongPrototype.divide;
        LongPrototype.modulo = function modulo(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (wasm) {
            var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          return this.sub(this.div(divisor).mul(divisor));
        };
        LongPrototype.mod = LongPrototype.modulo;
        LongPrototype.rem = LongPrototype.modulo;
        LongPrototype.not = function not() {
          return fromBits(~this.low, ~this.high, this.unsigned);
        };
        LongPrototype.countLeadingZeros = function countLeadingZeros() {
          return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
        };
        LongPrototype.clz = LongPrototype.countLeadingZeros;
        LongPrototype.countTrailingZeros = function countTrailingZeros() {
          return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
        };
        LongPrototype.ctz = LongPrototype.countTrailingZeros;
        LongPrototype.and = function and(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low & other.low,
            this.high & other.high,
            this.unsigned
          );
        };
        LongPrototype.or = function or(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low | other.low,
            this.high | other.high,
            this.unsigned
          );
        };
        LongPrototype.xor = function xor(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low ^ other.low,
            this.high ^ other.high,
            this.unsigned
          );
        };
        LongPrototype.shiftLeft = function shiftLeft(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low << numBits,
              this.high << numBits | this.low >>> 32 - numBits,
              this.unsigned
            );
          else return fromBits(0, this.low << numBits - 32, this.unsigned);
        };
        LongPrototype.shl = LongPrototype.shiftLeft;
        LongPrototype.shiftRight = function shiftRight(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >> numBits,
              this.unsigned
            );
          else
            return fromBits(
              this.high >> numBits - 32,
              this.high >= 0 ? 0 : -1,
              this.unsigned
            );
        };
        LongPrototype.shr = LongPrototype.shiftRight;
        LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >>> numBits,
              this.unsigned
            );
          if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
          return fromBits(this.high >>> numBits - 32, 0, this.unsigned);
        };
        LongPrototype.shru = LongPrototype.shiftRightUnsigned;
        LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;
        LongPrototype.rotateLeft = function rotateLeft(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.low << numBits | this.high >>> b,
              this.high << numBits | this.low >>> b,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.high << numBits | this.low >>> b,
            this.low << numBits | this.high >>> b,
            this.unsigned
          );
        };
        LongPrototype.rotl = LongPrototype.rotateLeft;
        LongPrototype.rotateRight = function rotateRight(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.high << b | this.low >>> numBits,
              this.low << b | this.high >>> numBits,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.low << b | this.high >>> numBits,
            this.high << b | this.low >>> numBits,
            this.unsigned
          );
        };
        LongPrototype.rotr = LongPrototype.rotateRight;
        LongPrototype.toSigned = function toSigned() {
          if (!this.unsigned) return this;
          return fromBits(this.low, this.high, false);
        };
        LongPrototype.toUnsigned = function toUnsigned() {
          if (this.unsigned) return this;
          return fromBits(this.low, this.high, true);
        };
        LongPrototype.toBytes = function toBytes(le) {
          return le ? this.toBytesLE() : this.toBytesBE();
        };
        LongPrototype.toBytesLE = function toBytesLE() {
          var hi = this.high, lo = this.low;
          return [
            lo & 255,
            lo >>> 8 & 255,
            lo >>> 16 & 255,
            lo >>> 24,
            hi & 255,
            hi >>> 8 & 255,
            hi >>> 16 & 255,
            hi >>> 24
          ];
        };
        LongPrototype.toBytesBE = function toBytesBE() {
          var hi = this.high, lo = this.low;
          return [
            hi >>> 24,
            hi >>> 16 & 255,
            hi >>> 8 & 255,
            hi & 255,
            lo >>> 24,
            lo >>> 16 & 255,
            lo >>> 8 & 255,
            lo & 255
          ];
        };
        Long.fromBytes = function fromBytes(bytes, unsigned, le) {
          return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
        };
        Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
          return new Long(
            bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
            bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
            unsigned
          );
        };
        Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
          return new Long(
            bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
            bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
            unsigned
          );
        };
        if (typeof BigInt === "function") {
          Long.fromBigInt = function fromBigInt(value, unsigned) {
            var lowBits = Number(BigInt.asIntN(32, value));
            var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
            return fromBits(lowBits, highBits, unsigned);
          };
          Long.fromValue = function fromValueWithBigInt(value, unsigned) {
            if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
            return fromValue(value, unsigned);
          };
          LongPrototype.toBigInt = function toBigInt() {
            var lowBigInt = BigInt(this.low >>> 0);
            var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
            return highBigInt << BigInt(32) | lowBigInt;
          };
        }
        var _default = _exports.default = Long;
      }
    );
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports) {
    "use strict";
    var util = exports;
    util.asPromise = require_aspromise();
    util.base64 = require_base64();
    util.EventEmitter = require_eventemitter();
    util.float = require_float();
    util.utf8 = require_utf8();
    util.pool = require_pool();
    util.LongBits = require_longbits();
    function isUnsafeProperty(key) {
      return key === "__proto__" || key === "prototype" || key === "constructor";
    }
    util.isUnsafeProperty = isUnsafeProperty;
    util.isNode = Boolean(typeof global !== "undefined" && global && global.process && global.process.versions && global.process.versions.node);
    util.global = util.isNode && global || typeof window !== "undefined" && window || typeof self !== "undefined" && self || typeof globalThis !== "undefined" && globalThis || exports;
    util.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util.isInteger = Number.isInteger || /* istanbul ignore next */
    function isInteger(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util.isObject = function isObject(value) {
      return value && typeof value === "object";
    };
    util.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util.isSet = function isSet(obj, prop) {
      var value = obj[prop];
      if (value != null && Object.hasOwnProperty.call(obj, prop))
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
      return false;
    };
    util.Buffer = (function() {
      try {
        var Buffer2 = util.global.Buffer;
        return Buffer2.prototype.utf8Write || util.isNode ? Buffer2 : (
          /* istanbul ignore next */
          null
        );
      } catch (e) {
        return null;
      }
    })();
    util.newBuffer = function newBuffer(sizeOrArray) {
      var Buffer2 = util.Buffer;
      return typeof sizeOrArray === "number" ? Buffer2 ? Buffer2.allocUnsafe(sizeOrArray) : new Uint8Array(sizeOrArray) : Buffer2 ? Buffer2.from(sizeOrArray) : new Uint8Array(sizeOrArray);
    };
    util.rawField = function rawField(id, wireType, data) {
      var out = [], tag = id << 3 | wireType;
      tag >>>= 0;
      while (tag > 127) {
        out.push(tag & 127 | 128);
        tag >>>= 7;
      }
      out.push(tag);
      for (var i = 0; i < data.length; ++i)
        out.push(data[i]);
      return util.newBuffer(out);
    };
    util.Array = Uint8Array;
    util.Long = /* istanbul ignore next */
    util.global.dcodeIO && /* istanbul ignore next */
    util.global.dcodeIO.Long || /* istanbul ignore next */
    util.global.Long || (function() {
      try {
        var Long = require_umd();
        return Long && Long.isLong ? Long : null;
      } catch (e) {
        return null;
      }
    })();
    util.key2Re = /^(?:true|false|0|1)$/;
    util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util.key64Re = /^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util.longToHash = function longToHash(value) {
      return value ? util.LongBits.from(value).toHash() : util.LongBits.zeroHash;
    };
    util.longFromHash = function longFromHash(hash, unsigned) {
      var bits = util.LongBits.fromHash(hash);
      if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
      return bits.toNumber(Boolean(unsigned));
    };
    util.longFromKey = function longFromKey(key, unsigned) {
      return util.key64Re.test(key) && !util.key32Re.test(key) ? util.longFromHash(key, unsigned) : key;
    };
    util.boolFromKey = function boolFromKey(key) {
      return key === "true" || key === "1";
    };
    function merge(dst) {
      var ifNotSet = typeof arguments[arguments.length - 1] === "boolean", limit = ifNotSet ? arguments.length - 1 : arguments.length;
      ifNotSet = ifNotSet && arguments[arguments.length - 1];
      for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
          continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
          if (!isUnsafeProperty(keys[i]) && (!ifNotSet || !Object.prototype.hasOwnProperty.call(dst, keys[i]) || dst[keys[i]] === void 0))
            dst[keys[i]] = src[keys[i]];
      }
      return dst;
    }
    util.merge = merge;
    util.nestingLimit = 32;
    util.recursionLimit = 100;
    util.makeProp = function makeProp(obj, key, enumerable) {
      if (Object.prototype.hasOwnProperty.call(obj, key))
        return;
      Object.defineProperty(obj, key, {
        enumerable: enumerable === void 0 ? true : enumerable,
        configurable: true,
        writable: true
      });
    };
    util.lcFirst = function lcFirst(str) {
      return str.charAt(0).toLowerCase() + str.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } });
        if (Error.captureStackTrace)
          Error.captureStackTrace(this, CustomError);
        else
          Object.defineProperty(this, "stack", { value: new Error().stack || "" });
        if (properties)
          merge(this, properties);
      }
      CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: CustomError,
          writable: true,
          enumerable: false,
          configurable: true
        },
        name: {
          get: function get() {
            return name;
          },
          set: void 0,
          enumerable: false,
          // configurable: false would accurately preserve the behavior of
          // the original, but I'm guessing that was not intentional.
          // For an actual error subclass, this property would
          // be configurable.
          configurable: true
        },
        toString: {
          value: function value() {
            return this.name + ": " + this.message;
          },
          writable: true,
          enumerable: false,
          configurable: true
        }
      });
      return CustomError;
    }
    util.newError = newError;
    util.ProtocolError = newError("ProtocolError");
    util.oneOfGetter = function getOneOf(fieldNames) {
      var fieldMap = {};
      for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
      return function() {
        for (var keys = Object.keys(this), i2 = keys.length - 1; i2 > -1; --i2)
          if (fieldMap[keys[i2]] === 1 && this[keys[i2]] !== void 0 && this[keys[i2]] !== null)
            return keys[i2];
      };
    };
    util.oneOfSetter = function setOneOf(fieldNames) {
      return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
          if (fieldNames[i] !== name)
            delete this[fieldNames[i]];
      };
    };
    util.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: true
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports, module) {
    "use strict";
    module.exports = Writer;
    var util = require_minimal();
    var BufferWriter;
    var LongBits = util.LongBits;
    var base64 = util.base64;
    var utf82 = util.utf8;
    function Writer() {
      this.pos = 0;
      this.buf = this.constructor.alloc(Writer.initialBufferSize);
      this.view = null;
      this.states = null;
    }
    Writer.initialBufferSize = 128;
    Object.defineProperty(Writer.prototype, "len", {
      configurable: true,
      enumerable: true,
      get: function get_len() {
        return this.pos;
      }
    });
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup() {
        return (Writer.create = function create_buffer() {
          return new BufferWriter();
        })();
      } : function create_array() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function alloc(size) {
      return new Uint8Array(size);
    };
    Writer.alloc = util.pool(Writer.alloc, Uint8Array.prototype.subarray);
    function sizeVarint32(value) {
      return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5;
    }
    Writer.prototype._reserve = function _reserve(n) {
      var need = this.pos + n;
      if (need > this.buf.length) {
        var size = this.buf.length << 1;
        if (size < need)
          size = need;
        var buf = this.constructor.alloc(size);
        buf.set(this.buf.subarray(0, this.pos), 0);
        this.buf = buf;
        this.view = null;
      }
    };
    function writeStringAscii(val, buf, pos) {
      for (var i = 0; i < val.length; )
        buf[pos++] = val.charCodeAt(i++);
    }
    function writeVarint32(val, buf, pos) {
      while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
      }
      buf[pos] = val;
      return pos + 1;
    }
    Writer.prototype.uint32 = function write_uint32(value) {
      value = value >>> 0;
      this._reserve(5);
      var pos = this.pos;
      this.pos = writeVarint32(value, this.buf, pos);
      return this;
    };
    Writer.prototype.int32 = function write_int32(value) {
      if ((value |= 0) < 0) {
        this._reserve(10);
        writeVarint64(LongBits.fromNumber(value), this.buf, this.pos);
        this.pos += 10;
        return this;
      }
      return this.uint32(value);
    };
    Writer.prototype.sint32 = function write_sint32(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      var lo = val.lo, hi = val.hi;
      while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
      }
      while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
      }
      buf[pos] = lo;
      return pos + 1;
    }
    Writer.prototype.uint64 = function write_uint64(value) {
      var bits = LongBits.from(value);
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits, this.buf, pos);
      return this;
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function write_sint64(value) {
      var bits = LongBits.from(value).zzEncode();
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits, this.buf, pos);
      return this;
    };
    Writer.prototype.bool = function write_bool(value) {
      this._reserve(1);
      this.buf[this.pos++] = value ? 1 : 0;
      return this;
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function write_fixed32(value) {
      this._reserve(4);
      writeFixed32(value >>> 0, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function write_fixed64(value) {
      var bits = LongBits.from(value);
      this._reserve(8);
      writeFixed32(bits.lo, this.buf, this.pos);
      writeFixed32(bits.hi, this.buf, this.pos + 4);
      this.pos += 8;
      return this;
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function write_float(value) {
      this._reserve(4);
      util.float.writeFloatLE(value, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.double = function write_double(value) {
      this._reserve(8);
      util.float.writeDoubleLE(value, this.buf, this.pos);
      this.pos += 8;
      return this;
    };
    Writer.prototype.bytes = function write_bytes(value) {
      var len = value.length >>> 0;
      if (!len) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
      }
      this.uint32(len);
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.raw = function write_raw(value) {
      var len = value.length >>> 0;
      if (!len)
        return this;
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype._delim = function _delim(pos, len) {
      var n = sizeVarint32(len);
      if (n > 1)
        this.buf.copyWithin(pos + n, pos + 1, pos + 1 + len);
      writeVarint32(len, this.buf, pos);
      this.pos = pos + n + len;
      return this;
    };
    Writer.prototype.string = function write_string(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var lenPos = this.pos;
        return this._delim(lenPos, utf82.write(value, this.buf, lenPos + 1));
      }
      var len = utf82.length(value);
      this.uint32(len);
      this._reserve(len);
      if (len === value.length)
        writeStringAscii(value, this.buf, this.pos);
      else
        utf82.write(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.uint32s = function write_uint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, p = lenPos + 1;
      for (var i = 0; i < n; ++i)
        p = writeVarint32(value[i] >>> 0, buf, p);
      return this._delim(lenPos, p - lenPos - 1);
    };
    Writer.prototype.int32s = function write_int32s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1, val;
      for (var i = 0; i < n; ++i) {
        if ((val = value[i] | 0) < 0) {
          pos = writeVarint64(LongBits.fromNumber(val), buf, pos);
        } else {
          pos = writeVarint32(val, buf, pos);
        }
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.sint32s = function write_sint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i)
        pos = writeVarint32((value[i] << 1 ^ value[i] >> 31) >>> 0, buf, pos);
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.uint64s = function write_uint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.int64s = Writer.prototype.uint64s;
    Writer.prototype.sint64s = function write_sint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]).zzEncode(), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.bools = function write_bools(value) {
      var n = value.length;
      this.uint32(n);
      this._reserve(n);
      var buf = this.buf, p = this.pos;
      for (var i = 0; i < n; ++i)
        buf[p++] = value[i] ? 1 : 0;
      this.pos += n;
      return this;
    };
    var VIEW_THRESHOLD_FLOAT = 16;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(writer, count, threshold) {
      var view = writer.view;
      if (view || count < threshold)
        return view;
      var buf = writer.buf;
      return writer.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Writer.prototype.fixed32s = function write_fixed32s(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setUint32(p, value[i] >>> 0, true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          writeFixed32(value[i] >>> 0, buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed32s = Writer.prototype.fixed32s;
    Writer.prototype.fixed64s = function write_fixed64s(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, bits, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i = 0; i < n; ++i) {
          bits = LongBits.from(value[i]);
          dv.setUint32(p, bits.lo, true);
          dv.setUint32(p + 4, bits.hi, true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          bits = LongBits.from(value[i]);
          writeFixed32(bits.lo, buf, p);
          writeFixed32(bits.hi, buf, p + 4);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed64s = Writer.prototype.fixed64s;
    Writer.prototype.floats = function write_floats(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setFloat32(p, value[i], true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          util.float.writeFloatLE(value[i], buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.doubles = function write_doubles(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setFloat64(p, value[i], true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          util.float.writeDoubleLE(value[i], buf, p);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.fork = function fork() {
      this._reserve(1);
      (this.states || (this.states = [])).push(this.pos);
      this.pos += 1;
      return this;
    };
    Writer.prototype.reset = function reset() {
      var states = this.states;
      if (states && states.length) {
        this.pos = states.pop();
      } else {
        this.pos = 0;
      }
      return this;
    };
    Writer.prototype.ldelim = function ldelim() {
      var states = this.states, len, vlen;
      if (states && states.length) {
        var lenPos = states.pop();
        len = this.pos - lenPos - 1;
        vlen = sizeVarint32(len);
        if (vlen > 1) {
          this._reserve(vlen - 1);
          this.buf.copyWithin(lenPos + vlen, lenPos + 1, lenPos + 1 + len);
          this.pos += vlen - 1;
          writeVarint32(len, this.buf, lenPos);
        } else {
          this.buf[lenPos] = len;
        }
      } else {
        len = this.pos;
        vlen = sizeVarint32(len);
        this._reserve(vlen);
        this.buf.copyWithin(vlen, 0, len);
        writeVarint32(len, this.buf, 0);
        this.pos += vlen;
      }
      return this;
    };
    Writer.prototype.finish = function finish(shared) {
      if (shared)
        return this.buf.subarray(0, this.pos);
      var buf = this.constructor.alloc(this.pos);
      buf.set(this.buf.subarray(0, this.pos), 0);
      return buf;
    };
    Writer.prototype.finishInto = function finishInto(buf, offset) {
      if (offset === void 0)
        offset = 0;
      buf.set(this.buf.subarray(0, this.pos), offset);
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_;
      Writer.create = create();
      BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferWriter;
    var Writer = require_writer();
    BufferWriter.prototype = Object.create(Writer.prototype, {
      constructor: {
        value: BufferWriter,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    var writeStringBuffer;
    BufferWriter._configure = function() {
      BufferWriter.alloc = util.Buffer && util.Buffer.allocUnsafe;
      writeStringBuffer = util.Buffer && util.Buffer.prototype.utf8Write ? function writeStringBuffer_utf8Write(val, buf, pos) {
        return buf.utf8Write(val, pos);
      } : function writeStringBuffer_write(val, buf, pos) {
        return buf.write(val, pos);
      };
    };
    BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
      if (util.isString(value))
        value = util.Buffer.from(value, "base64");
      var len = value.length >>> 0;
      this.uint32(len);
      if (len) {
        this._reserve(len);
        this.buf.set(value, this.pos);
        this.pos += len;
      }
      return this;
    };
    BufferWriter.prototype.string = function write_string_buffer(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var pos = this.pos, buf = this.buf;
        return this._delim(
          pos,
          n < 40 ? util.utf8.write(value, buf, pos + 1) : writeStringBuffer(value, buf, pos + 1)
        );
      }
      var len = util.Buffer.byteLength(value);
      this.uint32(len);
      this._reserve(len);
      writeStringBuffer(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports, module) {
    "use strict";
    module.exports = Reader;
    var util = require_minimal();
    var BufferReader;
    var LongBits = util.LongBits;
    var utf82 = util.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
      this.view = null;
      this.discardUnknown = Reader.discardUnknown;
    }
    function create_array(buffer) {
      if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
      if (buffer instanceof Uint8Array)
        return new Reader(buffer);
      throw Error("illegal buffer");
    }
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup(buffer) {
        return (Reader.create = function create_buffer(buffer2) {
          return util.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader.create = create();
    Reader.prototype.raw = function read_raw(start, end) {
      return this.buf.subarray(start, end);
    };
    function readVarint32NearEnd(reader) {
      var value = 0;
      for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
          throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
          return value;
      }
      throw indexOutOfRange(reader);
    }
    Reader.prototype.uint32 = function read_uint32() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      for (var i = 0; i < 5; ++i) {
        if (pos >= this.len) {
          this.pos = pos;
          throw indexOutOfRange(this);
        }
        if (buf[pos++] < 128) {
          this.pos = pos;
          return value;
        }
      }
      this.pos = pos;
      throw Error("invalid varint encoding");
    };
    Reader.prototype.tag = function read_tag() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos] < 128 && (buf[pos] & 112) === 0) {
        this.pos = pos + 1;
        return value;
      }
      this.pos = pos + 1;
      throw Error("invalid tag encoding");
    };
    Reader.prototype.size = function read_size() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      this.pos = pos + 1;
      if (buf[pos] > 7)
        throw Error("invalid length encoding");
      return (value | buf[pos] << 28) >>> 0;
    };
    Reader.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader.prototype.sint32 = function read_sint32() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits = new LongBits(0, 0);
      var i = 0;
      if (this.len - this.pos > 4) {
        for (; i < 4; ++i) {
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
        if (this.buf[this.pos++] < 128)
          return bits;
        i = 0;
      } else {
        for (; i < 4; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        throw indexOutOfRange(this);
      }
      if (this.len - this.pos > 4) {
        for (; i < 5; ++i) {
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      } else {
        for (; i < 5; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      }
      throw Error("invalid varint encoding");
    }
    Reader.prototype.bool = function read_bool() {
      var value = false, b;
      for (var i = 0; i < 10; ++i) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        b = this.buf[this.pos++];
        if (b & 127)
          value = true;
        if (b < 128)
          return value;
      }
      throw Error("invalid varint encoding");
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader.prototype.uint32s = function read_uint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.uint32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.int32s = function read_int32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.int32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.sint32s = function read_sint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint32());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.bools = function read_bools(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value !== 0);
        else {
          this.pos = pos - 1;
          array.push(this.bool());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    var VIEW_THRESHOLD_FLOAT = 8;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(reader, count, threshold) {
      var view = reader.view;
      if (view || count < threshold)
        return view;
      var buf = reader.buf;
      return reader.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Reader.prototype.fixed32s = function read_fixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getUint32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.sfixed32s = function read_sfixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getInt32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4) | 0;
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.floats = function read_floats(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getFloat32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = util.float.readFloatLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.doubles = function read_doubles(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 8) array[i++] = dv.getFloat64(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 8) array[i++] = util.float.readDoubleLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.uint64s = function read_uint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.uint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.int64s = function read_int64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.int64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.sint64s = function read_sint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.fixed64s = function read_fixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3;
      array.length = i + count;
      for (var j = 0; j < count; ++j)
        array[i++] = this.fixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.sfixed64s = function read_sfixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3;
      array.length = i + count;
      for (var j = 0; j < count; ++j)
        array[i++] = this.sfixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.bytes = function read_bytes() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return this.raw(start, end);
    };
    Reader.prototype.string = function read_string() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf82.read(this.buf, start, end);
    };
    Reader.prototype.stringVerify = function read_string_verify() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf82.readStrict(this.buf, start, end);
    };
    Reader.prototype.skip = function skip(length) {
      if (typeof length === "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else {
        do {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
      }
      return this;
    };
    Reader.recursionLimit = util.recursionLimit;
    Reader.discardUnknown = true;
    Reader.prototype.skipType = function(wireType, depth, fieldNumber) {
      if (depth === void 0) depth = 0;
      if (depth > Reader.recursionLimit)
        throw Error("max depth exceeded");
      if (fieldNumber === 0)
        throw Error("illegal tag: field number 0");
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.size());
          break;
        case 3:
          while (true) {
            var tag = this.tag();
            var nestedField = tag >>> 3;
            wireType = tag & 7;
            if (!nestedField)
              throw Error("illegal tag: field number 0");
            if (wireType === 4) {
              if (fieldNumber !== void 0 && nestedField !== fieldNumber)
                throw Error("invalid end group tag");
              break;
            }
            this.skipType(wireType, depth + 1, nestedField);
          }
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader.create = create();
      BufferReader._configure();
      var fn = util.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util.merge(Reader.prototype, {
        int64: function read_int64() {
          return readLongVarint.call(this)[fn](false);
        },
        uint64: function read_uint64() {
          return readLongVarint.call(this)[fn](true);
        },
        sint64: function read_sint64() {
          return readLongVarint.call(this).zzDecode()[fn](false);
        },
        fixed64: function read_fixed64() {
          return readFixed64.call(this)[fn](true);
        },
        sfixed64: function read_sfixed64() {
          return readFixed64.call(this)[fn](false);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferReader;
    var Reader = require_reader();
    BufferReader.prototype = Object.create(Reader.prototype, {
      constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util = require_minimal();
    function BufferReader(buffer) {
      Reader.call(this, buffer);
    }
    BufferReader._configure = function() {
      if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
    };
    BufferReader.prototype.raw = function read_raw_buffer(start, end) {
      return this._slice.call(this.buf, start, end);
    };
    BufferReader.prototype.string = function read_string_buffer() {
      var len = this.size(), start = this.pos, end = this.pos + len;
      if (end > this.len)
        throw RangeError("index out of range: " + this.pos + " + " + len + " > " + this.len);
      this.pos = end;
      return this.buf.utf8Slice ? this.buf.utf8Slice(start, end) : this.buf.toString("utf-8", start, end);
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var util = require_minimal();
    Service.prototype = Object.create(util.EventEmitter.prototype, {
      constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");
      util.EventEmitter.call(this);
      this.rpcImpl = rpcImpl;
      this.requestDelimited = Boolean(requestDelimited);
      this.responseDelimited = Boolean(responseDelimited);
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return void 0;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function rpcCallback(err, response) {
            if (err) {
              self2.emit("error", err, method);
              return callback(err);
            }
            if (response === null) {
              self2.end(
                /* endedByRPC */
                true
              );
              return void 0;
            }
            if (!(response instanceof responseCtor)) {
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err2) {
                self2.emit("error", err2, method);
                return callback(err2);
              }
            }
            self2.emit("data", response, method);
            return callback(null, response);
          }
        );
      } catch (err) {
        self2.emit("error", err, method);
        setTimeout(function() {
          callback(err);
        }, 0);
        return void 0;
      }
    };
    Service.prototype.end = function end(endedByRPC) {
      if (this.rpcImpl) {
        if (!endedByRPC)
          this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports) {
    "use strict";
    var rpc = exports;
    rpc.Service = require_service();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports, module) {
    "use strict";
    module.exports = /* @__PURE__ */ Object.create(null);
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports) {
    "use strict";
    exports.build = "minimal";
    exports.Writer = require_writer();
    exports.BufferWriter = require_writer_buffer();
    exports.Reader = require_reader();
    exports.BufferReader = require_reader_buffer();
    exports.util = require_minimal();
    exports.rpc = require_rpc();
    exports.roots = require_roots();
    exports.configure = configure;
    function configure() {
      exports.util.LongBits._configure(exports.util.Long);
      exports.Writer._configure(exports.BufferWriter);
      exports.Reader._configure(exports.BufferReader);
    }
    configure();
  }
});

// node_modules/protobufjs/src/util/patterns.js
var require_patterns = __commonJS({
  "node_modules/protobufjs/src/util/patterns.js"(exports) {
    "use strict";
    var patterns = exports;
    patterns.numberRe = /^(?![eE])[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
    patterns.typeRefRe = /^(?:\.?[a-zA-Z_][a-zA-Z_0-9]*)(?:\.[a-zA-Z_][a-zA-Z_0-9]*)*$/;
    patterns.reservedRe = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;
  }
});

// node_modules/protobufjs/src/util/codegen.js
var require_codegen = __commonJS({
  "node_modules/protobufjs/src/util/codegen.js"(exports, module) {
    "use strict";
    module.exports = codegen;
    var patterns = require_patterns();
    var reservedRe = patterns.reservedRe;
    function codegen(functionParams, functionName) {
      if (typeof functionParams === "string") {
        functionName = functionParams;
        functionParams = void 0;
      }
      var body = [];
      function Codegen(formatStringOrScope) {
        if (typeof formatStringOrScope !== "string") {
          var source = toString();
          if (codegen.verbose)
            console.log("codegen: " + source);
          source = "return " + source;
          if (formatStringOrScope) {
            var scopeKeys = Object.keys(formatStringOrScope), scopeParams = new Array(scopeKeys.length + 1), scopeValues = new Array(scopeKeys.length), scopeOffset = 0;
            while (scopeOffset < scopeKeys.length) {
              scopeParams[scopeOffset] = scopeKeys[scopeOffset];
              scopeValues[scopeOffset] = formatStringOrScope[scopeKeys[scopeOffset++]];
            }
            scopeParams[scopeOffset] = source;
            return Function.apply(null, scopeParams).apply(null, scopeValues);
          }
          return Function(source)();
        }
        var formatParams = new Array(arguments.length - 1), formatOffset = 0;
        while (formatOffset < formatParams.length)
          formatParams[formatOffset] = arguments[++formatOffset];
        formatOffset = 0;
        formatStringOrScope = formatStringOrScope.replace(/%([%dfijs])/g, function replace($0, $1) {
          var value = formatParams[formatOffset++];
          switch ($1) {
            case "d":
            case "f":
              value = Number(value);
              return Object.is(value, -0) ? "-0" : String(value);
            case "i":
              return String(Math.floor(value));
            case "j":
              return JSON.stringify(value);
            case "s":
              return String(value);
          }
          return "%";
        });
        if (formatOffset !== formatParams.length)
          throw Error("parameter count mismatch");
        body.push(formatStringOrScope);
        return Codegen;
      }
      function toString(functionNameOverride) {
        return "function " + safeFunctionName(functionNameOverride || functionName) + "(" + (functionParams && functionParams.join(",") || "") + "){\n  " + body.join("\n  ") + "\n}";
      }
      Object.defineProperty(Codegen, "toString", {
        value: toString,
        writable: true,
        enumerable: true,
        configurable: true
      });
      return Codegen;
    }
    codegen.verbose = false;
    function safeFunctionName(name) {
      if (!name)
        return "";
      name = String(name).replace(/[^\w$]/g, "");
      if (!name)
        return "";
      if (/^\d/.test(name))
        name = "_" + name;
      return reservedRe.test(name) ? name + "_" : name;
    }
  }
});

// node_modules/protobufjs/src/util/fs.js
var require_fs = __commonJS({
  "node_modules/protobufjs/src/util/fs.js"(exports, module) {
    "use strict";
    var fs = null;
    try {
      fs = __require(
        /* webpackIgnore: true */
        "fs"
      );
      if (!fs || !fs.readFile || !fs.readFileSync)
        fs = null;
    } catch (e) {
    }
    module.exports = fs;
  }
});

// node_modules/protobufjs/src/util/fetch.js
var require_fetch = __commonJS({
  "node_modules/protobufjs/src/util/fetch.js"(exports, module) {
    "use strict";
    module.exports = fetch;
    var asPromise = require_aspromise();
    var fs = require_fs();
    function fetch(filename, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = {};
      } else if (!options)
        options = {};
      if (!callback)
        return asPromise(fetch, this, filename, options);
      if (!options.xhr && fs && fs.readFile)
        return fs.readFile(filename, function fetchReadFileCallback(err, contents) {
          return err && typeof XMLHttpRequest !== "undefined" ? fetch.xhr(filename, options, callback) : err ? callback(err) : callback(null, options.binary ? contents : contents.toString("utf8"));
        });
      return fetch.xhr(filename, options, callback);
    }
    fetch.xhr = function fetch_xhr(filename, options, callback) {
      var xhr = new XMLHttpRequest();
      xhr.onreadystatechange = function fetchOnReadyStateChange() {
        if (xhr.readyState !== 4)
          return void 0;
        if (xhr.status !== 0 && xhr.status !== 200)
          return callback(Error("status " + xhr.status));
        if (options.binary) {
          var buffer = xhr.response;
          if (!buffer) {
            buffer = [];
            for (var i = 0; i < xhr.responseText.length; ++i)
              buffer.push(xhr.responseText.charCodeAt(i) & 255);
          }
          return callback(null, typeof Uint8Array !== "undefined" ? new Uint8Array(buffer) : buffer);
        }
        return callback(null, xhr.responseText);
      };
      if (options.binary) {
        if ("overrideMimeType" in xhr)
          xhr.overrideMimeType("text/plain; charset=x-user-defined");
        xhr.responseType = "arraybuffer";
      }
      xhr.open("GET", filename);
      xhr.send();
    };
  }
});

// node_modules/protobufjs/src/util/path.js
var require_path = __commonJS({
  "node_modules/protobufjs/src/util/path.js"(exports) {
    "use strict";
    var path = exports;
    var urlRe = /^[a-zA-Z][a-zA-Z0-9+.-]+:\/\//;
    function normalizeUrl(path2) {
      if (typeof URL === "undefined" || !urlRe.test(path2))
        return null;
      try {
        return new URL(path2).href;
      } catch (e) {
        return null;
      }
    }
    function resolveUrl(originPath, includePath) {
      if (typeof URL === "undefined" || !urlRe.test(originPath) || urlRe.test(includePath))
        return null;
      try {
        return new URL(includePath, originPath).href;
      } catch (e) {
        return null;
      }
    }
    var isAbsolute = (
      /**
       * Tests if the specified path is absolute.
       * @param {string} path Path to test
       * @returns {boolean} `true` if path is absolute
       */
      path.isAbsolute = function isAbsolute2(path2) {
        return /^(?:\/|\w+:|\\\\\w+)/.test(path2);
      }
    );
    var normalize = (
      /**
       * Normalizes the specified path.
       * @param {string} path Path to normalize
       * @returns {string} Normalized path
       */
      path.normalize = function normalize2(path2) {
        var normalizedUrl = normalizeUrl(path2);
        if (normalizedUrl)
          return normalizedUrl;
        var firstTwoCharacters = path2.substring(0, 2);
        var uncPrefix = "";
        if (firstTwoCharacters === "\\\\") {
          uncPrefix = firstTwoCharacters;
          path2 = path2.substring(2);
        }
        path2 = path2.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
        var parts = path2.split("/"), absolute = isAbsolute(path2), prefix = "";
        if (absolute)
          prefix = parts.shift() + "/";
        for (var i = 0; i < parts.length; ) {
          if (parts[i] === "..") {
            if (i > 0 && parts[i - 1] !== "..")
              parts.splice(--i, 2);
            else if (absolute)
              parts.splice(i, 1);
            else
              ++i;
          } else if (parts[i] === ".")
            parts.splice(i, 1);
          else
            ++i;
        }
        return uncPrefix + prefix + parts.join("/");
      }
    );
    path.resolve = function resolve(originPath, includePath, alreadyNormalized) {
      var resolvedUrl = resolveUrl(originPath, includePath);
      if (resolvedUrl)
        return resolvedUrl;
      if (!alreadyNormalized)
        includePath = normalize(includePath);
      if (isAbsolute(includePath))
        return includePath;
      if (!alreadyNormalized)
        originPath = normalize(originPath);
      return (originPath = originPath.replace(/(?:\/|^)[^/]+$/, "")).length ? normalize(originPath + "/" + includePath) : includePath;
    };
  }
});

// node_modules/protobufjs/src/namespace.js
var require_namespace = __commonJS({
  "node_modules/protobufjs/src/namespace.js"(exports, module) {
    "use strict";
    module.exports = Namespace;
    var ReflectionObject = require_object();
    Namespace.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: Namespace,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Namespace.className = "Namespace";
    var Field = require_field();
    var util = require_util();
    var OneOf = require_oneof();
    var Type;
    var Service;
    var Enum;
    Namespace.fromJSON = function fromJSON(name, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
      return new Namespace(name, json.options).addJSON(json.nested, depth);
    };
    function arrayToJSON(array, toJSONOptions) {
      if (!(array && array.length))
        return void 0;
      var obj = {};
      for (var i = 0; i < array.length; ++i)
        obj[array[i].name] = array[i].toJSON(toJSONOptions);
      return obj;
    }
    Namespace.arrayToJSON = arrayToJSON;
    Namespace.isReservedId = function isReservedId(reserved, id) {
      if (reserved) {
        for (var i = 0; i < reserved.length; ++i)
          if (typeof reserved[i] !== "string" && reserved[i][0] <= id && reserved[i][1] >= id)
            return true;
      }
      return false;
    };
    Namespace.isReservedName = function isReservedName(reserved, name) {
      if (reserved) {
        for (var i = 0; i < reserved.length; ++i)
          if (reserved[i] === name)
            return true;
      }
      return false;
    };
    function Namespace(name, options) {
      ReflectionObject.call(this, name, options);
      this.nested = void 0;
      this._nestedArray = null;
      this._lookupCache = /* @__PURE__ */ Object.create(null);
      this._needsRecursiveFeatureResolution = true;
      this._needsRecursiveResolve = true;
    }
    function clearCache(namespace) {
      namespace._nestedArray = null;
      namespace._lookupCache = /* @__PURE__ */ Object.create(null);
      var parent = namespace;
      while (parent = parent.parent) {
        parent._lookupCache = /* @__PURE__ */ Object.create(null);
      }
      return namespace;
    }
    Object.defineProperty(Namespace.prototype, "nestedArray", {
      get: function() {
        return this._nestedArray || (this._nestedArray = util.toArray(this.nested));
      }
    });
    Namespace.prototype.toJSON = function toJSON(toJSONOptions) {
      return util.toObject([
        "options",
        this.options,
        "nested",
        arrayToJSON(this.nestedArray, toJSONOptions)
      ]);
    };
    Namespace.prototype.addJSON = function addJSON(nestedJson, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
      var ns = this;
      if (nestedJson) {
        for (var names = Object.keys(nestedJson), i = 0, nested; i < names.length; ++i) {
          nested = nestedJson[names[i]];
          ns.add(
            // most to least likely
            (nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : nested.id !== void 0 ? Field.fromJSON : Namespace.fromJSON)(names[i], nested, depth + 1)
          );
        }
      }
      return this;
    };
    Namespace.prototype.get = function get(name) {
      return this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) ? this.nested[name] : null;
    };
    Namespace.prototype.getEnum = function getEnum(name) {
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) && this.nested[name] instanceof Enum)
        return this.nested[name].values;
      throw Error("no such enum: " + name);
    };
    Namespace.prototype.add = function add(object) {
      if (!(object instanceof Field && object.extend !== void 0 || object instanceof Type || object instanceof OneOf || object instanceof Enum || object instanceof Service || object instanceof Namespace))
        throw TypeError("object must be a valid nested object");
      if (object.name === "__proto__")
        return this;
      if (!this.nested)
        this.nested = {};
      else {
        var prev = this.get(object.name);
        if (prev) {
          if (prev instanceof Namespace && object instanceof Namespace && !(prev instanceof Type || prev instanceof Service)) {
            var nested = prev.nestedArray;
            for (var i = 0; i < nested.length; ++i)
              object.add(nested[i]);
            this.remove(prev);
            if (!this.nested)
              this.nested = {};
            object.setOptions(prev.options, true);
          } else
            throw Error("duplicate name '" + object.name + "' in " + this);
        }
      }
      this.nested[object.name] = object;
      if (!(this instanceof Type || this instanceof Service || this instanceof Enum || this instanceof Field)) {
        if (!object._edition) {
          object._edition = object._defaultEdition;
        }
      }
      this._needsRecursiveFeatureResolution = true;
      this._needsRecursiveResolve = true;
      var parent = this;
      while (parent = parent.parent) {
        parent._needsRecursiveFeatureResolution = true;
        parent._needsRecursiveResolve = true;
      }
      object.onAdd(this);
      return clearCache(this);
    };
    Namespace.prototype.remove = function remove(object) {
      if (!(object instanceof ReflectionObject))
        throw TypeError("object must be a ReflectionObject");
      if (object.parent !== this)
        throw Error(object + " is not a member of " + this);
      if (!util.remove(this.nested, object, object.name))
        throw Error(object + " is not a member of " + this);
      if (!Object.keys(this.nested).length)
        this.nested = void 0;
      object.onRemove(this);
      return clearCache(this);
    };
    Namespace.prototype.define = function define2(path, json) {
      if (util.isString(path))
        path = path.split(".");
      else if (!Array.isArray(path))
        throw TypeError("illegal path");
      if (path && path.length && path[0] === "")
        throw Error("path must be relative");
      if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");
      var ptr = this;
      while (path.length > 0) {
        var part = path.shift();
        if (ptr.nested && ptr.nested[part]) {
          ptr = ptr.nested[part];
          if (!(ptr instanceof Namespace))
            throw Error("path conflicts with non-namespace objects");
        } else
          ptr.add(ptr = new Namespace(part));
      }
      if (json)
        ptr.addJSON(json);
      return ptr;
    };
    Namespace.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      if (this._needsRecursiveFeatureResolution)
        this._resolveFeaturesRecursive(this._edition);
      var nested = this.nestedArray, i = 0;
      this.resolve();
      while (i < nested.length)
        if (nested[i] instanceof Namespace)
          nested[i++].resolveAll();
        else
          nested[i++].resolve();
      this._needsRecursiveResolve = false;
      return this;
    };
    Namespace.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      this._needsRecursiveFeatureResolution = false;
      edition = this._edition || edition;
      ReflectionObject.prototype._resolveFeaturesRecursive.call(this, edition);
      this.nestedArray.forEach((nested) => {
        nested._resolveFeaturesRecursive(edition);
      });
      return this;
    };
    Namespace.prototype.lookup = function lookup(path, filterTypes, parentAlreadyChecked) {
      if (typeof filterTypes === "boolean") {
        parentAlreadyChecked = filterTypes;
        filterTypes = void 0;
      } else if (filterTypes && !Array.isArray(filterTypes))
        filterTypes = [filterTypes];
      if (util.isString(path) && path.length) {
        if (path === ".")
          return this.root;
        path = path.split(".");
      } else if (!path.length)
        return this;
      var flatPath = path.join(".");
      if (path[0] === "")
        return this.root.lookup(path.slice(1), filterTypes);
      var found = this._lookupImpl(path, flatPath);
      if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
      }
      found = this.root._fullyQualifiedObjects && this.root._fullyQualifiedObjects["." + flatPath];
      if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
      }
      if (parentAlreadyChecked)
        return null;
      var current = this;
      while (current.parent) {
        found = current.parent._lookupImpl(path, flatPath);
        if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
          return found;
        }
        current = current.parent;
      }
      return null;
    };
    Namespace.prototype._lookupImpl = function lookup(path, flatPath) {
      if (Object.prototype.hasOwnProperty.call(this._lookupCache, flatPath)) {
        return this._lookupCache[flatPath];
      }
      var found = this.get(path[0]);
      var exact = null;
      if (found) {
        if (path.length === 1) {
          exact = found;
        } else if (found instanceof Namespace) {
          path = path.slice(1);
          exact = found._lookupImpl(path, path.join("."));
        }
      } else {
        for (var i = 0; i < this.nestedArray.length; ++i)
          if (this._nestedArray[i] instanceof Namespace && (found = this._nestedArray[i]._lookupImpl(path, flatPath))) {
            exact = found;
            break;
          }
      }
      this._lookupCache[flatPath] = exact;
      return exact;
    };
    Namespace.prototype.lookupType = function lookupType(path) {
      var found = this.lookup(path, [Type]);
      if (!found)
        throw Error("no such type: " + path);
      return found;
    };
    Namespace.prototype.lookupEnum = function lookupEnum(path) {
      var found = this.lookup(path, [Enum]);
      if (!found)
        throw Error("no such Enum '" + path + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupTypeOrEnum = function lookupTypeOrEnum(path) {
      var found = this.lookup(path, [Type, Enum]);
      if (!found)
        throw Error("no such Type or Enum '" + path + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupService = function lookupService(path) {
      var found = this.lookup(path, [Service]);
      if (!found)
        throw Error("no such Service '" + path + "' in " + this);
      return found;
    };
    Namespace._configure = function(Type_, Service_, Enum_) {
      Type = Type_;
      Service = Service_;
      Enum = Enum_;
    };
  }
});

// node_modules/protobufjs/src/mapfield.js
var require_mapfield = __commonJS({
  "node_modules/protobufjs/src/mapfield.js"(exports, module) {
    "use strict";
    module.exports = MapField;
    var Field = require_field();
    MapField.prototype = Object.create(Field.prototype, {
      constructor: {
        value: MapField,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    MapField.className = "MapField";
    var types = require_types();
    var util = require_util();
    function MapField(name, id, keyType, type, options, comment) {
      Field.call(this, name, id, type, void 0, void 0, options, comment);
      if (!util.isString(keyType))
        throw TypeError("keyType must be a string");
      this.keyType = keyType;
      this.resolvedKeyType = null;
      this.map = true;
    }
    MapField.fromJSON = function fromJSON(name, json) {
      var field = new MapField(name, json.id, json.keyType, json.type, json.options, json.comment);
      if (json.protoName)
        field.protoName = json.protoName;
      if (json.jsonName !== void 0)
        field.jsonName = json.jsonName;
      else if (json.options && json.options.json_name !== void 0)
        field.jsonName = json.options.json_name;
      return field;
    };
    MapField.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "keyType",
        this.keyType,
        "type",
        this.type,
        "id",
        this.id,
        "extend",
        this.extend,
        "protoName",
        this.protoName !== this.name ? this.protoName : void 0,
        "jsonName",
        this.jsonName !== util.jsonName(this.protoName || this.name) ? this.jsonName : void 0,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    MapField.prototype.resolve = function resolve() {
      if (this.resolved)
        return this;
      if (types.mapKey[this.keyType] === void 0)
        throw Error("invalid key type: " + this.keyType);
      return Field.prototype.resolve.call(this);
    };
    MapField.d = function decorateMapField(fieldId, fieldKeyType, fieldValueType) {
      if (typeof fieldValueType === "function")
        fieldValueType = util.decorateType(fieldValueType).name;
      else if (fieldValueType && typeof fieldValueType === "object")
        fieldValueType = util.decorateEnum(fieldValueType).name;
      return function mapFieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor).add(new MapField(fieldName, fieldId, fieldKeyType, fieldValueType));
      };
    };
  }
});

// node_modules/protobufjs/src/method.js
var require_method = __commonJS({
  "node_modules/protobufjs/src/method.js"(exports, module) {
    "use strict";
    module.exports = Method;
    var ReflectionObject = require_object();
    Method.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: Method,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Method.className = "Method";
    var util = require_util();
    function Method(name, type, requestType, responseType, requestStream, responseStream, options, comment, parsedOptions) {
      if (util.isObject(requestStream)) {
        options = requestStream;
        requestStream = responseStream = void 0;
      } else if (util.isObject(responseStream)) {
        options = responseStream;
        responseStream = void 0;
      }
      if (!(type === void 0 || util.isString(type)))
        throw TypeError("type must be a string");
      if (!util.isString(requestType))
        throw TypeError("requestType must be a string");
      if (!util.isString(responseType))
        throw TypeError("responseType must be a string");
      ReflectionObject.call(this, name, options);
      this.type = type || "rpc";
      this.requestType = requestType;
      this.requestStream = requestStream ? true : void 0;
      this.responseType = responseType;
      this.responseStream = responseStream ? true : void 0;
      this.path = "/" + this.name;
      this.resolvedRequestType = null;
      this.resolvedResponseType = null;
      this.comment = comment;
      this.parsedOptions = parsedOptions;
    }
    Method.fromJSON = function fromJSON(name, json) {
      return new Method(name, json.type, json.requestType, json.responseType, json.requestStream, json.responseStream, json.options, json.comment, json.parsedOptions);
    };
    Method.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "type",
        this.type !== "rpc" && /* istanbul ignore next */
        this.type || void 0,
        "requestType",
        this.requestType,
        "requestStream",
        this.requestStream,
        "responseType",
        this.responseType,
        "responseStream",
        this.responseStream,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0,
        "parsedOptions",
        this.parsedOptions
      ]);
    };
    Method.prototype.resolve = function resolve() {
      if (this.resolved)
        return this;
      if (this.parent) {
        var serviceName = this.parent.fullName;
        if (serviceName.charAt(0) === ".")
          serviceName = serviceName.substring(1);
        this.path = "/" + serviceName + "/" + this.name;
      } else
        this.path = "/" + this.name;
      this.resolvedRequestType = this.parent.lookupType(this.requestType);
      this.resolvedResponseType = this.parent.lookupType(this.responseType);
      return ReflectionObject.prototype.resolve.call(this);
    };
  }
});

// node_modules/protobufjs/src/service.js
var require_service2 = __commonJS({
  "node_modules/protobufjs/src/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var Namespace = require_namespace();
    Service.prototype = Object.create(Namespace.prototype, {
      constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Service.className = "Service";
    var Method = require_method();
    var util = require_util();
    var rpc = require_rpc();
    function Service(name, options) {
      Namespace.call(this, name, options);
      this.methods = {};
      this._methodsArray = null;
    }
    Service.fromJSON = function fromJSON(name, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
      var service = new Service(name, json.options);
      if (json.methods)
        for (var names = Object.keys(json.methods), i = 0; i < names.length; ++i)
          service.add(Method.fromJSON(names[i], json.methods[names[i]]));
      if (json.nested)
        service.addJSON(json.nested, depth);
      if (json.edition)
        service._edition = json.edition;
      service.comment = json.comment;
      service._defaultEdition = "proto3";
      return service;
    };
    Service.prototype.toJSON = function toJSON(toJSONOptions) {
      var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        inherited && inherited.options || void 0,
        "methods",
        Namespace.arrayToJSON(this.methodsArray, toJSONOptions) || /* istanbul ignore next */
        {},
        "nested",
        inherited && inherited.nested || void 0,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Object.defineProperty(Service.prototype, "methodsArray", {
      get: function() {
        return this._methodsArray || (this._methodsArray = util.toArray(this.methods));
      }
    });
    function clearCache(service) {
      service._methodsArray = null;
      return service;
    }
    Service.prototype.get = function get(name) {
      return Object.prototype.hasOwnProperty.call(this.methods, name) ? this.methods[name] : Namespace.prototype.get.call(this, name);
    };
    Service.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      Namespace.prototype.resolve.call(this);
      var methods = this.methodsArray;
      for (var i = 0; i < methods.length; ++i)
        methods[i].resolve();
      return this;
    };
    Service.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      edition = this._edition || edition;
      Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
      this.methodsArray.forEach((method) => {
        method._resolveFeaturesRecursive(edition);
      });
      return this;
    };
    Service.prototype.add = function add(object) {
      if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);
      if (object instanceof Method) {
        if (object.name === "__proto__")
          return this;
        this.methods[object.name] = object;
        object.parent = this;
        return clearCache(this);
      }
      return Namespace.prototype.add.call(this, object);
    };
    Service.prototype.remove = function remove(object) {
      if (object instanceof Method) {
        if (this.methods[object.name] !== object)
          throw Error(object + " is not a member of " + this);
        delete this.methods[object.name];
        object.parent = null;
        return clearCache(this);
      }
      return Namespace.prototype.remove.call(this, object);
    };
    Service.prototype.create = function create(rpcImpl, requestDelimited, responseDelimited) {
      var rpcService = new rpc.Service(rpcImpl, requestDelimited, responseDelimited);
      for (var i = 0, method; i < /* initializes */
      this.methodsArray.length; ++i) {
        var methodName = util.lcFirst((method = this._methodsArray[i]).resolve().name).replace(/[^$\w_]/g, "");
        rpcService[methodName] = /* @__PURE__ */ (function(method2, requestType, responseType) {
          return function rpcMethod(request, callback) {
            return rpc.Service.prototype.rpcCall.call(this, method2, requestType, responseType, request, callback);
          };
        })(method, method.resolvedRequestType.ctor, method.resolvedResponseType.ctor);
      }
      return rpcService;
    };
  }
});

// node_modules/protobufjs/src/message.js
var require_message = __commonJS({
  "node_modules/protobufjs/src/message.js"(exports, module) {
    "use strict";
    module.exports = Message;
    var util = require_minimal();
    function Message(properties) {
      if (properties) {
        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__")
            this[keys[i]] = properties[keys[i]];
      }
    }
    Message.create = function create(properties) {
      return this.$type.create(properties);
    };
    Message.encode = function encode(message, writer) {
      return this.$type.encode(message, writer);
    };
    Message.encodeDelimited = function encodeDelimited(message, writer) {
      return this.$type.encodeDelimited(message, writer);
    };
    Message.decode = function decode(reader) {
      return this.$type.decode(reader);
    };
    Message.decodeDelimited = function decodeDelimited(reader) {
      return this.$type.decodeDelimited(reader);
    };
    Message.verify = function verify(message) {
      return this.$type.verify(message);
    };
    Message.fromObject = function fromObject(object) {
      return this.$type.fromObject(object);
    };
    Message.toObject = function toObject(message, options) {
      return this.$type.toObject(message, options);
    };
    Message.prototype.toJSON = function toJSON() {
      return this.$type.toObject(this, util.toJSONOptions);
    };
  }
});

// node_modules/protobufjs/src/decoder.js
var require_decoder = __commonJS({
  "node_modules/protobufjs/src/decoder.js"(exports, module) {
    "use strict";
    module.exports = decoder;
    var Enum = require_enum();
    var types = require_types();
    var util = require_util();
    function missing(field) {
      return "missing required '" + field.name + "'";
    }
    function stringMethod(field) {
      return field._features.utf8_validation === "VERIFY" ? "stringVerify" : "string";
    }
    function genPreserveUnknown(gen, ref) {
      return gen("if(!r.discardUnknown){")('util.makeProp(m,"$unknowns",false);')("(m.$unknowns||(m.$unknowns=[])).push(%s)", ref)("}");
    }
    function decoder(mtype) {
      var hasMapField = false, needsValueVar = false, i = 0;
      for (; i < mtype.fieldsArray.length; ++i) {
        var pfield = mtype._fieldsArray[i];
        if (pfield.map)
          hasMapField = true;
        if (pfield.resolvedType instanceof Enum || !pfield.repeated && !pfield.map && !pfield.hasPresence)
          needsValueVar = true;
      }
      var gen = util.codegen(["r", "l", "z", "q", "g"])("if(!(r instanceof Reader))")("r=Reader.create(r)")("if(q===undefined)q=0")("if(q>Reader.recursionLimit)")('throw Error("max depth exceeded")')("var c,m" + (hasMapField ? ",k,v" : needsValueVar ? ",v" : ""))("if(l===undefined)")("c=r.len")("else{")("c=r.pos+l")("if(c>r.len)")('throw RangeError("index out of range")')("l=r.len")("r.len=c")("}")("m=g||new C")("while(r.pos<c){")("var s=r.pos")("var t=r.tag()")("if(t===z){")("z=undefined")("break")("}");
      if (mtype.fieldsArray.length) gen("var u=t&7")("switch(t>>>=3){");
      for (i = 0; i < /* initializes */
      mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(), type = field.resolvedType instanceof Enum ? "int32" : field.type, ref = "m" + util.safeProp(field.name), closed = field.resolvedType instanceof Enum && field.resolvedType._features.enum_type === "CLOSED";
        if (field.map) {
          gen("case %i:{", field.id)("if(u!==2)")("break");
          if (!closed) gen("if(%s===util.emptyObject)", ref)("%s={}", ref);
          gen("var c2=r.size()+r.pos")("if(c2>r.len)")('throw RangeError("index out of range")')("r.len=c2");
          if (types.defaults[field.keyType] !== void 0) gen("k=%j", types.defaults[field.keyType]);
          else gen("k=null");
          if (types.long[type] !== void 0) gen("v=util.Long?util.Long.fromNumber(0,%j):0", type === "uint64" || type === "fixed64");
          else if (types.defaults[type] !== void 0) gen("v=%j", types.defaults[type]);
          else gen("v=null");
          gen("while(r.pos<c2){")("var t2=r.tag()")("u=t2&7")("switch(t2>>>=3){")("case 1:")("if(u!==%i)", types.mapKey[field.keyType])("break")("k=r.%s()", field.keyType === "string" ? stringMethod(field) : field.keyType)("continue")("case 2:")("if(u!==%i)", types.basic[type] === void 0 ? 2 : types.basic[type])("break");
          if (types.basic[type] === void 0) gen("v=types[%i].decode(r,r.size(),undefined,q+1,v)", i);
          else gen("v=r.%s()", type === "string" ? stringMethod(field) : type);
          gen("continue")("}")("r.skipType(u,q,t2)")("}");
          gen("if(r.pos!==c2)")('throw RangeError("index out of range")')("r.len=c");
          if (closed) {
            gen("if(types[%i].valuesById[v]===undefined){", i);
            genPreserveUnknown(gen, "r.raw(s,r.pos)")("continue")("}")("if(%s===util.emptyObject)", ref)("%s={}", ref);
          }
          var val = types.basic[type] === void 0 ? "v||new types[" + i + "].ctor" : "v";
          if (types.long[field.keyType] !== void 0) gen('%s[typeof k==="object"?util.longToHash(k):k]=%s', ref, val);
          else {
            if (field.keyType === "string") gen('if(k==="__proto__")')("util.makeProp(%s,k)", ref);
            gen("%s[k]=%s", ref, val);
          }
        } else if (field.repeated) {
          gen("case %i:", field.id)("{");
          if (types.packed[type] !== void 0) {
            gen("if(u===2){");
            if (closed) {
              gen("var c2=r.size()+r.pos")("if(c2>r.len)")('throw RangeError("index out of range")')("r.len=c2")("while(r.pos<c2){")("s=r.pos")("v=r.%s()", type)("if(types[%i].valuesById[v]!==undefined){", i)("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref)("%s.push(v)", ref)("}else");
              genPreserveUnknown(gen, "util.rawField(" + field.id + ",0,r.raw(s,r.pos))")("}");
              gen("if(r.pos!==c2)")('throw RangeError("index out of range")')("r.len=c");
            } else gen("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref)("r.%ss(%s)", type, ref);
            gen("continue")("}");
          }
          gen("if(u!==%i)", types.basic[type] === void 0 ? field.delimited ? 3 : 2 : types.basic[type])("break");
          if (!closed) gen("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref);
          if (types.basic[type] === void 0) {
            if (field.delimited) gen("%s.push(types[%i].decode(r,undefined,%i,q+1))", ref, i, field.id * 8 + 4);
            else gen("%s.push(types[%i].decode(r,r.size(),undefined,q+1))", ref, i);
          } else if (closed) {
            gen("v=r.%s()", type)("if(types[%i].valuesById[v]!==undefined){", i)("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref)("%s.push(v)", ref)("}else");
            genPreserveUnknown(gen, "r.raw(s,r.pos)");
          } else gen("%s.push(r.%s())", ref, type === "string" ? stringMethod(field) : type);
        } else if (types.basic[type] === void 0) {
          gen("case %i:{", field.id)("if(u!==%i)", field.delimited ? 3 : 2)("break");
          if (field.delimited) gen("%s=types[%i].decode(r,undefined,%i,q+1,%s)", ref, i, field.id * 8 + 4, ref);
          else gen("%s=types[%i].decode(r,r.size(),undefined,q+1,%s)", ref, i, ref);
        } else if (field.hasPresence) {
          gen("case %i:{", field.id)("if(u!==%i)", types.basic[type])("break");
          if (closed) {
            gen("v=r.%s()", type)("if(types[%i].valuesById[v]!==undefined){", i)("%s=v", ref);
            if (field.partOf) gen("m%s=%j", util.safeProp(field.partOf.name), field.name);
            gen("}else");
            genPreserveUnknown(gen, "r.raw(s,r.pos)");
          } else gen("%s=r.%s()", ref, type === "string" ? stringMethod(field) : type);
        } else {
          gen("case %i:{", field.id)("if(u!==%i)", types.basic[type])("break");
          if (closed) {
            gen("v=r.%s()", type)("if(types[%i].valuesById[v]!==undefined){", i)("if(v!==%j)", field.typeDefault)("%s=v", ref)("else")("delete %s", ref)("}else{");
            genPreserveUnknown(gen, "r.raw(s,r.pos)")("}");
          } else {
            if (field.resolvedType instanceof Enum && field.typeDefault !== 0) gen("if((v=r.%s())!==%j)", type, field.typeDefault);
            else if (type === "string") gen("if((v=r.%s()).length)", stringMethod(field));
            else if (type === "bytes") gen("if((v=r.%s()).length)", type);
            else if (types.long[type] !== void 0) gen('if(typeof(v=r.%s())==="object"?v.low||v.high:v!==0)', type);
            else if (type === "double" || type === "float") gen("if(!Object.is(v=r.%s(),0))", type);
            else gen("if(v=r.%s())", type);
            gen("%s=v", ref)("else")("delete %s", ref);
          }
        }
        if (field.partOf && !closed) gen("m%s=%j", util.safeProp(field.partOf.name), field.name);
        gen("continue")("}");
      }
      if (i) gen("}");
      gen("r.skipType(%s,q,t)", i ? "u" : "t&7");
      genPreserveUnknown(gen, "r.raw(s,r.pos)")("}")("if(l!==undefined){")("if(r.pos!==c)")('throw RangeError("index out of range")')("r.len=l")("}")("if(z!==undefined)")('throw Error("missing end group")');
      for (i = 0; i < mtype._fieldsArray.length; ++i) {
        var rfield = mtype._fieldsArray[i];
        if (rfield.required) gen("if(!Object.hasOwnProperty.call(m,%j))", rfield.name)("throw util.ProtocolError(%j,{instance:m})", missing(rfield));
      }
      return gen("return m");
    }
  }
});

// node_modules/protobufjs/src/verifier.js
var require_verifier = __commonJS({
  "node_modules/protobufjs/src/verifier.js"(exports, module) {
    "use strict";
    module.exports = verifier;
    var Enum = require_enum();
    var util = require_util();
    function invalid(field, expected) {
      return field.name + ": " + expected + (field.repeated && expected !== "array" ? "[]" : field.map && expected !== "object" ? "{k:" + field.keyType + "}" : "") + " expected";
    }
    function genVerifyValue(gen, field, fieldIndex, ref) {
      var resolvedType = field.resolvedType;
      if (resolvedType) {
        if (resolvedType instanceof Enum) {
          if (resolvedType._features.enum_type === "CLOSED") {
            gen("switch(%s){", ref)("default:")("return%j", invalid(field, "enum value"));
            for (var keys = Object.keys(resolvedType.values), j = 0; j < keys.length; ++j) gen("case %i:", resolvedType.values[keys[j]]);
            gen("break")("}");
          } else gen('if(typeof %s!=="number"||(%s|0)!==%s)', ref, ref, ref)("return%j", invalid(field, "enum value"));
        } else {
          gen("{")("var e=types[%i].verify(%s,q+1);", fieldIndex, ref)("if(e)")("return%j+e", field.name + ".")("}");
        }
      } else {
        switch (field.type) {
          case "int32":
          case "uint32":
          case "sint32":
          case "fixed32":
          case "sfixed32":
            gen("if(!util.isInteger(%s))", ref)("return%j", invalid(field, "integer"));
            break;
          case "int64":
          case "uint64":
          case "sint64":
          case "fixed64":
          case "sfixed64":
            gen("if(!util.isInteger(%s)&&!(%s&&util.isInteger(%s.low)&&util.isInteger(%s.high)))", ref, ref, ref, ref)("return%j", invalid(field, "integer|Long"));
            break;
          case "float":
          case "double":
            gen('if(typeof %s!=="number")', ref)("return%j", invalid(field, "number"));
            break;
          case "bool":
            gen('if(typeof %s!=="boolean")', ref)("return%j", invalid(field, "boolean"));
            break;
          case "string":
            gen("if(!util.isString(%s))", ref)("return%j", invalid(field, "string"));
            break;
          case "bytes":
            gen('if(!(%s&&typeof %s.length==="number"||util.isString(%s)))', ref, ref, ref)("return%j", invalid(field, "buffer"));
            break;
        }
      }
      return gen;
    }
    function genVerifyKey(gen, field, ref) {
      switch (field.keyType) {
        case "int32":
        case "uint32":
        case "sint32":
        case "fixed32":
        case "sfixed32":
          gen("if(!util.key32Re.test(%s))", ref)("return%j", invalid(field, "integer key"));
          break;
        case "int64":
        case "uint64":
        case "sint64":
        case "fixed64":
        case "sfixed64":
          gen("if(!util.key64Re.test(%s))", ref)("return%j", invalid(field, "integer|Long key"));
          break;
        case "bool":
          gen("if(!util.key2Re.test(%s))", ref)("return%j", invalid(field, "boolean key"));
          break;
      }
      return gen;
    }
    function verifier(mtype) {
      var gen = util.codegen(["m", "q"])('if(typeof m!=="object"||m===null)')("return%j", "object expected")("if(q===undefined)q=0")("if(q>util.recursionLimit)")("return%j", "max depth exceeded");
      var oneofs = mtype.oneofsArray, seenFirstField = {};
      if (oneofs.length) gen("var p={}");
      for (var i = 0; i < /* initializes */
      mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(), ref = "m" + util.safeProp(field.name);
        if (field.optional) gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name);
        if (field.map) {
          gen("if(!util.isObject(%s))", ref)("return%j", invalid(field, "object"))("var k=Object.keys(%s)", ref)("for(var i=0;i<k.length;++i){");
          genVerifyKey(gen, field, "k[i]");
          genVerifyValue(gen, field, i, ref + "[k[i]]")("}");
        } else if (field.repeated) {
          gen("if(!Array.isArray(%s))", ref)("return%j", invalid(field, "array"))("for(var i=0;i<%s.length;++i){", ref);
          genVerifyValue(gen, field, i, ref + "[i]")("}");
        } else {
          if (field.partOf) {
            var oneofProp = util.safeProp(field.partOf.name);
            if (seenFirstField[field.partOf.name] === 1) gen("if(p%s===1)", oneofProp)("return%j", field.partOf.name + ": multiple values");
            seenFirstField[field.partOf.name] = 1;
            gen("p%s=1", oneofProp);
          }
          genVerifyValue(gen, field, i, ref);
        }
        if (field.optional) gen("}");
      }
      return gen("return null");
    }
  }
});

// node_modules/protobufjs/src/converter.js
var require_converter = __commonJS({
  "node_modules/protobufjs/src/converter.js"(exports) {
    "use strict";
    var converter = exports;
    var Enum = require_enum();
    var types = require_types();
    var util = require_util();
    function genValuePartial_fromObject(gen, field, fieldIndex, prop, dstProp) {
      if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) {
          var dst = dstProp ? "m" + dstProp + "[m" + dstProp + ".length]" : "m" + prop;
          gen("switch(d%s){", prop);
          for (var values = field.resolvedType.values, keys = Object.keys(values), i = 0; i < keys.length; ++i) {
            gen("case%j:", keys[i])("case %i:", values[keys[i]])("%s=%j", dst, values[keys[i]])("break");
          }
          gen("default:");
          if (field.resolvedType._features.enum_type !== "CLOSED") {
            gen('if(typeof d%s==="number"&&(d%s|0)===d%s)', prop, prop, prop)("%s=d%s", dst, prop);
          }
          gen("}");
        } else gen("if(!util.isObject(d%s))", prop)("throw TypeError(%j)", field.fullName + ": object expected")("m%s=types[%i].fromObject(d%s,q+1)", prop, fieldIndex, prop);
      } else {
        var isUnsigned = false;
        switch (field.type) {
          case "double":
          case "float":
            gen("m%s=Number(d%s)", prop, prop);
            break;
          case "uint32":
          case "fixed32":
            gen("m%s=d%s>>>0", prop, prop);
            break;
          case "int32":
          case "sint32":
          case "sfixed32":
            gen("m%s=d%s|0", prop, prop);
            break;
          case "uint64":
          case "fixed64":
            isUnsigned = true;
          // eslint-disable-next-line no-fallthrough
          case "int64":
          case "sint64":
          case "sfixed64":
            gen("if(util.Long)")("m%s=util.Long.fromValue(d%s,%j)", prop, prop, isUnsigned)('else if(typeof d%s==="string")', prop)("m%s=parseInt(d%s,10)", prop, prop)('else if(typeof d%s==="number")', prop)("m%s=d%s", prop, prop)('else if(typeof d%s==="object")', prop)("m%s=new util.LongBits(d%s.low>>>0,d%s.high>>>0).toNumber(%s)", prop, prop, prop, isUnsigned ? "true" : "");
            break;
          case "bytes":
            gen('if(typeof d%s==="string")', prop)("util.base64.decode(d%s,m%s=util.newBuffer(util.base64.length(d%s)),0)", prop, prop, prop)("else if(d%s.length>=0)", prop)("m%s=d%s", prop, prop);
            break;
          case "string":
            gen("m%s=String(d%s)", prop, prop);
            break;
          case "bool":
            gen("m%s=Boolean(d%s)", prop, prop);
            break;
        }
      }
      return gen;
    }
    converter.fromObject = function fromObject(mtype) {
      var fields = mtype.fieldsArray;
      var gen = util.codegen(["d", "q"])("if(d instanceof C)")("return d")("if(!util.isObject(d))")("throw TypeError(%j)", mtype.fullName + ": object expected")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")');
      if (!fields.length) return gen("return new C");
      gen("var m=new C");
      for (var i = 0; i < fields.length; ++i) {
        var field = fields[i].resolve(), prop = util.safeProp(field.name), implicitPresence = !field.hasPresence && !field.repeated && !field.map && (field.resolvedType instanceof Enum || types.basic[field.type] !== void 0);
        if (field.map) {
          gen("if(d%s){", prop)("if(!util.isObject(d%s))", prop)("throw TypeError(%j)", field.fullName + ": object expected")("m%s={}", prop)("for(var ks=Object.keys(d%s),i=0;i<ks.length;++i){", prop);
          gen('if(ks[i]==="__proto__")')("util.makeProp(m%s,ks[i])", prop);
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i,
            prop + "[ks[i]]"
          )("}")("}");
        } else if (field.repeated) {
          gen("if(d%s){", prop)("if(!Array.isArray(d%s))", prop)("throw TypeError(%j)", field.fullName + ": array expected");
          if (field.resolvedType instanceof Enum) gen("m%s=[]", prop);
          else gen("m%s=Array(d%s.length)", prop, prop);
          gen("for(var i=0;i<d%s.length;++i){", prop);
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i,
            prop + "[i]",
            field.resolvedType instanceof Enum ? prop : void 0
          )("}")("}");
        } else {
          if (!(field.resolvedType instanceof Enum)) gen("if(d%s!=null){", prop);
          if (implicitPresence) {
            if (field.resolvedType instanceof Enum) gen('if(d%s!==%j&&(typeof d%s!=="string"||types[%i].values[d%s]!==%j)){', prop, field.typeDefault, prop, i, prop, field.typeDefault);
            else if (field.type === "string") gen('if(typeof d%s!=="string"||d%s.length){', prop, prop);
            else if (field.type === "bytes") gen("if(d%s.length){", prop);
            else if (field.type === "bool") gen("if(d%s){", prop);
            else if (field.type === "double" || field.type === "float") gen("if(!Object.is(Number(d%s),0)){", prop);
            else if (types.long[field.type] !== void 0) gen('if(typeof d%s==="object"?d%s.low||d%s.high:Number(d%s)!==0){', prop, prop, prop, prop);
            else gen("if(Number(d%s)!==0){", prop);
          }
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i,
            prop
          );
          if (implicitPresence) gen("}");
          if (!(field.resolvedType instanceof Enum)) gen("}");
        }
      }
      return gen("return m");
    };
    function genValuePartial_toObject(gen, field, fieldIndex, dstProp, srcProp) {
      if (!srcProp)
        srcProp = dstProp;
      if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) gen("d%s=o.enums===String?(types[%i].values[m%s]===undefined?m%s:types[%i].values[m%s]):m%s", dstProp, fieldIndex, srcProp, srcProp, fieldIndex, srcProp, srcProp);
        else gen("d%s=types[%i].toObject(m%s,o,q+1)", dstProp, fieldIndex, srcProp);
      } else {
        var isUnsigned = false;
        switch (field.type) {
          case "double":
          case "float":
            gen("d%s=o.json&&!isFinite(m%s)?String(m%s):m%s", dstProp, srcProp, srcProp, srcProp);
            break;
          case "uint64":
          case "fixed64":
            isUnsigned = true;
          // eslint-disable-next-line no-fallthrough
          case "int64":
          case "sint64":
          case "sfixed64":
            gen('if(typeof BigInt!=="undefined"&&o.longs===BigInt)')('d%s=typeof m%s==="number"?BigInt(m%s):util.Long.fromBits(m%s.low>>>0,m%s.high>>>0,%j).toBigInt()', dstProp, srcProp, srcProp, srcProp, srcProp, isUnsigned)('else if(typeof m%s==="number")', srcProp)("d%s=o.longs===String?String(m%s):m%s", dstProp, srcProp, srcProp)("else")("d%s=o.longs===String?util.Long.prototype.toString.call(m%s):o.longs===Number?new util.LongBits(m%s.low>>>0,m%s.high>>>0).toNumber(%s):m%s", dstProp, srcProp, srcProp, srcProp, isUnsigned ? "true" : "", srcProp);
            break;
          case "bytes":
            gen("d%s=o.bytes===String?util.base64.encode(m%s,0,m%s.length):o.bytes===Array?Array.prototype.slice.call(m%s):m%s", dstProp, srcProp, srcProp, srcProp, srcProp);
            break;
          default:
            gen("d%s=m%s", dstProp, srcProp);
            break;
        }
      }
      return gen;
    }
    converter.toObject = function toObject(mtype) {
      var fields = mtype.fieldsArray.slice().sort(util.compareFieldsById);
      if (!fields.length)
        return util.codegen()("return {}");
      var gen = util.codegen(["m", "o", "q"])("if(!o)")("o={}")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")')("var d={}");
      var repeatedFields = [], mapFields = [], normalFields = [], i = 0;
      for (; i < fields.length; ++i)
        if (!fields[i].partOf)
          (fields[i].resolve().repeated ? repeatedFields : fields[i].map ? mapFields : normalFields).push(fields[i]);
      if (repeatedFields.length) {
        gen("if(o.arrays||o.defaults){");
        for (i = 0; i < repeatedFields.length; ++i) gen("d%s=[]", util.safeProp(repeatedFields[i].name));
        gen("}");
      }
      if (mapFields.length) {
        gen("if(o.objects||o.defaults){");
        for (i = 0; i < mapFields.length; ++i) gen("d%s={}", util.safeProp(mapFields[i].name));
        gen("}");
      }
      if (normalFields.length) {
        gen("if(o.defaults){");
        for (i = 0; i < normalFields.length; ++i) {
          var field = normalFields[i], prop = util.safeProp(field.name);
          if (field.resolvedType instanceof Enum) gen("d%s=o.enums===String?%j:%j", prop, field.resolvedType.valuesById[field.typeDefault], field.typeDefault);
          else if (field.long) gen("if(util.Long){")("var n=new util.Long(%i,%i,%j)", field.typeDefault.low, field.typeDefault.high, field.typeDefault.unsigned)('d%s=o.longs===String?n.toString():o.longs===Number?n.toNumber():typeof BigInt!=="undefined"&&o.longs===BigInt?n.toBigInt():n', prop)("}else")('d%s=o.longs===String?%j:typeof BigInt!=="undefined"&&o.longs===BigInt?BigInt(%j):%i', prop, field.typeDefault.toString(), field.typeDefault.toString(), field.typeDefault.toNumber());
          else if (field.bytes) {
            var arrayDefault = Array.prototype.slice.call(field.typeDefault);
            gen("if(o.bytes===String)d%s=%j", prop, util.base64.encode(field.typeDefault, 0, field.typeDefault.length))("else{")("d%s=%j", prop, arrayDefault)("if(o.bytes!==Array)d%s=util.newBuffer(d%s)", prop, prop)("}");
          } else if ((field.type === "double" || field.type === "float") && typeof field.typeDefault === "number" && (!isFinite(field.typeDefault) || Object.is(field.typeDefault, -0))) gen("d%s=%f", prop, field.typeDefault)("if(o.json&&!isFinite(d%s))d%s=String(d%s)", prop, prop, prop);
          else gen("d%s=%j", prop, field.typeDefault);
        }
        gen("}");
      }
      var hasKs2 = false;
      for (i = 0; i < fields.length; ++i) {
        var field = fields[i], index = mtype._fieldsArray.indexOf(field), prop = util.safeProp(field.name);
        if (field.map) {
          if (!hasKs2) {
            hasKs2 = true;
            gen("var ks2");
          }
          gen("if(m%s&&(ks2=Object.keys(m%s)).length){", prop, prop)("d%s={}", prop);
          var longKey = types.long[field.keyType] !== void 0, srcProp = prop + "[ks2[j]]";
          gen("for(var j=0;j<ks2.length;++j){");
          if (longKey) gen("var k2=util.longFromKey(ks2[j],%j).toString()", field.keyType === "uint64" || field.keyType === "fixed64");
          gen('if(ks2[j]==="__proto__")')("util.makeProp(d%s,ks2[j])", prop);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            longKey ? prop + "[k2]" : srcProp,
            srcProp
          )("}");
        } else if (field.repeated) {
          gen("if(m%s&&m%s.length){", prop, prop)("d%s=Array(m%s.length)", prop, prop)("for(var j=0;j<m%s.length;++j){", prop);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            prop + "[j]"
          )("}");
        } else {
          gen("if(m%s!=null&&Object.hasOwnProperty.call(m,%j)){", prop, field.name);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            prop
          );
          if (field.partOf && !field.partOf.isProto3Optional) gen("if(o.oneofs)")("d%s=%j", util.safeProp(field.partOf.name), field.name);
        }
        gen("}");
      }
      return gen("return d");
    };
  }
});

// node_modules/protobufjs/src/wrappers.js
var require_wrappers = __commonJS({
  "node_modules/protobufjs/src/wrappers.js"(exports) {
    "use strict";
    var wrappers = exports;
    var Message = require_message();
    var util = require_minimal();
    wrappers[".google.protobuf.Any"] = {
      fromObject: function(object, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util.recursionLimit)
          throw Error("max depth exceeded");
        if (object && object["@type"]) {
          var name = object["@type"].substring(object["@type"].lastIndexOf("/") + 1);
          var type = this.lookup(name, [this.constructor]);
          if (type) {
            var type_url = object["@type"].charAt(0) === "." ? object["@type"].slice(1) : object["@type"];
            if (type_url.indexOf("/") === -1) {
              type_url = "/" + type_url;
            }
            return this.create({
              type_url,
              value: type.encode(type.fromObject(object, depth + 1)).finish()
            });
          }
        }
        return this.fromObject(object, depth);
      },
      toObject: function(message, options, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util.recursionLimit)
          throw Error("max depth exceeded");
        var googleApi = "type.googleapis.com/";
        var prefix = "";
        var name = "";
        if (options && options.json && message.type_url && message.value) {
          name = message.type_url.substring(message.type_url.lastIndexOf("/") + 1);
          prefix = message.type_url.substring(0, message.type_url.lastIndexOf("/") + 1);
          var type = this.lookup(name, [this.constructor]);
          if (type)
            message = type.decode(message.value, void 0, void 0, depth + 1);
        }
        if (!(message instanceof this.ctor) && message instanceof Message) {
          var object = message.$type.toObject(message, options, depth + 1);
          var messageName = message.$type.fullName[0] === "." ? message.$type.fullName.slice(1) : message.$type.fullName;
          if (prefix === "") {
            prefix = googleApi;
          }
          name = prefix + messageName;
          object["@type"] = name;
          return object;
        }
        return this.toObject(message, options, depth);
      }
    };
  }
});

// node_modules/protobufjs/src/type.js
var require_type = __commonJS({
  "node_modules/protobufjs/src/type.js"(exports, module) {
    "use strict";
    module.exports = Type;
    var Namespace = require_namespace();
    Type.prototype = Object.create(Namespace.prototype, {
      constructor: {
        value: Type,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Type.className = "Type";
    var Enum = require_enum();
    var OneOf = require_oneof();
    var Field = require_field();
    var MapField = require_mapfield();
    var Service = require_service2();
    var Message = require_message();
    var Reader = require_reader();
    var Writer = require_writer();
    var util = require_util();
    var encoder = require_encoder();
    var decoder = require_decoder();
    var verifier = require_verifier();
    var converter = require_converter();
    var wrappers = require_wrappers();
    function Type(name, options) {
      name = name.replace(/\W/g, "");
      Namespace.call(this, name, options);
      this.fields = {};
      this.oneofs = void 0;
      this.extensions = void 0;
      this.reserved = void 0;
      this.group = void 0;
      this.visibility = void 0;
      this._fieldsById = null;
      this._fieldsArray = null;
      this._oneofsArray = null;
      this._ctor = null;
      this._fieldsByJsonName = null;
    }
    Object.defineProperties(Type.prototype, {
      /**
       * Message fields by id.
       * @name Type#fieldsById
       * @type {Object.<number,Field>}
       * @readonly
       */
      fieldsById: {
        get: function() {
          if (this._fieldsById)
            return this._fieldsById;
          this._fieldsById = {};
          for (var names = Object.keys(this.fields), i = 0; i < names.length; ++i) {
            var field = this.fields[names[i]], id = field.id;
            if (this._fieldsById[id])
              throw Error("duplicate id " + id + " in " + this);
            this._fieldsById[id] = field;
          }
          return this._fieldsById;
        }
      },
      /**
       * Fields of this message as an array for iteration.
       * @name Type#fieldsArray
       * @type {Field[]}
       * @readonly
       */
      fieldsArray: {
        get: function() {
          return this._fieldsArray || (this._fieldsArray = util.toArray(this.fields));
        }
      },
      /**
       * Oneofs of this message as an array for iteration.
       * @name Type#oneofsArray
       * @type {OneOf[]}
       * @readonly
       */
      oneofsArray: {
        get: function() {
          return this._oneofsArray || (this._oneofsArray = util.toArray(this.oneofs));
        }
      },
      /**
       * The registered constructor, if any registered, otherwise a generic constructor.
       * Assigning a function replaces the internal constructor. If the function does not extend {@link Message} yet, its prototype will be setup accordingly and static methods will be populated. If it already extends {@link Message}, it will just replace the internal constructor.
       * When assigning manually, add the type to its parent namespace/root first if fields reference other reflected types, because constructor setup resolves field defaults.
       * @name Type#ctor
       * @type {Constructor<{}>}
       */
      ctor: {
        get: function() {
          return this._ctor || (this.ctor = Type.generateConstructor(this)());
        },
        set: function(ctor) {
          var prototype = ctor.prototype;
          if (!(prototype instanceof Message)) {
            ctor.prototype = new Message();
            Object.defineProperty(ctor.prototype, "constructor", {
              value: ctor,
              writable: true,
              enumerable: false,
              configurable: true
            });
            util.merge(ctor.prototype, prototype);
          }
          ctor.$type = ctor.prototype.$type = this;
          util.merge(ctor, Message, true);
          this._ctor = ctor;
          delete this.decode;
          delete this.fromObject;
          var i = 0;
          for (var field; i < /* initializes */
          this.fieldsArray.length; ++i) {
            field = this._fieldsArray[i].resolve();
            ctor.prototype[field.name] = field.defaultValue;
          }
          var ctorProperties = {};
          for (i = 0; i < /* initializes */
          this.oneofsArray.length; ++i)
            ctorProperties[this._oneofsArray[i].resolve().name] = {
              get: util.oneOfGetter(this._oneofsArray[i].oneof),
              set: util.oneOfSetter(this._oneofsArray[i].oneof)
            };
          if (i)
            Object.defineProperties(ctor.prototype, ctorProperties);
        }
      }
    });
    Type.generateConstructor = function generateConstructor(mtype) {
      var gen = util.codegen(["p"]);
      for (var i = 0, field; i < mtype.fieldsArray.length; ++i)
        if ((field = mtype._fieldsArray[i]).map) gen("this%s={}", util.safeProp(field.name));
        else if (field.repeated) gen("this%s=[]", util.safeProp(field.name));
      return gen('if(p)for(var ks=Object.keys(p),i=0;i<ks.length;++i)if(p[ks[i]]!=null&&ks[i]!=="__proto__")')("this[ks[i]]=p[ks[i]]");
    };
    function clearCache(type) {
      type._fieldsById = type._fieldsArray = type._oneofsArray = type._fieldsByJsonName = null;
      delete type.encode;
      delete type.decode;
      delete type.verify;
      return type;
    }
    Type.fromJSON = function fromJSON(name, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util.nestingLimit)
        throw Error("max depth exceeded");
      var type = new Type(name, json.options);
      type.extensions = json.extensions;
      type.reserved = json.reserved;
      var names = Object.keys(json.fields), i = 0;
      for (; i < names.length; ++i)
        type.add(
          (typeof json.fields[names[i]].keyType !== "undefined" ? MapField.fromJSON : Field.fromJSON)(names[i], json.fields[names[i]])
        );
      if (json.oneofs)
        for (names = Object.keys(json.oneofs), i = 0; i < names.length; ++i)
          type.add(OneOf.fromJSON(names[i], json.oneofs[names[i]]));
      if (json.nested)
        for (names = Object.keys(json.nested), i = 0; i < names.length; ++i) {
          var nested = json.nested[names[i]];
          type.add(
            // most to least likely
            (nested.id !== void 0 ? Field.fromJSON : nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : Namespace.fromJSON)(names[i], nested, depth + 1)
          );
        }
      if (json.extensions && json.extensions.length)
        type.extensions = json.extensions;
      if (json.reserved && json.reserved.length)
        type.reserved = json.reserved;
      if (json.group)
        type.group = true;
      if (json.visibility)
        type.visibility = json.visibility;
      if (json.comment)
        type.comment = json.comment;
      if (json.edition)
        type._edition = json.edition;
      type._defaultEdition = "proto3";
      return type;
    };
    Type.prototype.toJSON = function toJSON(toJSONOptions) {
      var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        inherited && inherited.options || void 0,
        "oneofs",
        Namespace.arrayToJSON(this.oneofsArray, toJSONOptions),
        "fields",
        Namespace.arrayToJSON(this.fieldsArray.filter(function(obj) {
          return !obj.declaringField;
        }), toJSONOptions) || {},
        "extensions",
        this.extensions && this.extensions.length ? this.extensions : void 0,
        "reserved",
        this.reserved && this.reserved.length ? this.reserved : void 0,
        "group",
        this.group || void 0,
        "visibility",
        this.visibility,
        "nested",
        inherited && inherited.nested || void 0,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Type.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      Namespace.prototype.resolveAll.call(this);
      var oneofs = this.oneofsArray;
      i = 0;
      while (i < oneofs.length)
        oneofs[i++].resolve();
      var fields = this.fieldsArray, i = 0;
      while (i < fields.length)
        fields[i++].resolve();
      return this;
    };
    Type.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      edition = this._edition || edition;
      Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
      this.oneofsArray.forEach((oneof) => {
        oneof._resolveFeatures(edition);
      });
      this.fieldsArray.forEach((field) => {
        field._resolveFeatures(edition);
      });
      return this;
    };
    Type.prototype.get = function get(name) {
      if (Object.prototype.hasOwnProperty.call(this.fields, name))
        return this.fields[name];
      if (this.oneofs && Object.prototype.hasOwnProperty.call(this.oneofs, name))
        return this.oneofs[name];
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name))
        return this.nested[name];
      return null;
    };
    Type.prototype.add = function add(object) {
      if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);
      if (object instanceof Field && object.extend === void 0) {
        if (this._fieldsById ? (
          /* istanbul ignore next */
          this._fieldsById[object.id]
        ) : this.fieldsById[object.id])
          throw Error("duplicate id " + object.id + " in " + this);
        if (this.isReservedId(object.id))
          throw Error("id " + object.id + " is reserved in " + this);
        if (this.isReservedName(object.name) || object.name.charAt(0) === "$")
          throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
          return this;
        if (object.parent)
          object.parent.remove(object);
        this.fields[object.name] = object;
        object.message = this;
        object.onAdd(this);
        return clearCache(this);
      }
      if (object instanceof OneOf) {
        if (object.name.charAt(0) === "$")
          throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
          return this;
        if (!this.oneofs)
          this.oneofs = {};
        this.oneofs[object.name] = object;
        object.onAdd(this);
        return clearCache(this);
      }
      return Namespace.prototype.add.call(this, object);
    };
    Type.prototype.remove = function remove(object) {
      if (object instanceof Field && object.extend === void 0) {
        if (!util.remove(this.fields, object, object.name))
          throw Error(object + " is not a member of " + this);
        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
      }
      if (object instanceof OneOf) {
        if (!util.remove(this.oneofs, object, object.name))
          throw Error(object + " is not a member of " + this);
        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
      }
      return Namespace.prototype.remove.call(this, object);
    };
    Type.prototype.isReservedId = function isReservedId(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Type.prototype.isReservedName = function isReservedName(name) {
      return Namespace.isReservedName(this.reserved, name);
    };
    Type.prototype.create = function create(properties) {
      return new this.ctor(properties);
    };
    Type.prototype.setup = function setup() {
      var root = this.root;
      if (root && root._needsRecursiveFeatureResolution) {
        var edition = root._edition || this._edition;
        if (edition)
          root._resolveFeaturesRecursive(edition);
      }
      var fullName = this.fullName, types = [];
      for (var i = 0; i < /* initializes */
      this.fieldsArray.length; ++i)
        types.push(this._fieldsArray[i].resolve().resolvedType);
      this.encode = encoder(this)({
        Writer,
        types,
        util
      });
      this.decode = decoder(this)({
        Reader,
        types,
        util,
        C: this.ctor
      });
      this.verify = verifier(this)({
        types,
        util
      });
      this.fromObject = converter.fromObject(this)({
        types,
        util,
        C: this.ctor
      });
      this.toObject = converter.toObject(this)({
        types,
        util
      });
      var wrapper = wrappers[fullName];
      if (wrapper) {
        var wrapperThis = Object.create(this);
        wrapperThis._ctor = this.ctor;
        wrapperThis.fromObject = this.fromObject;
        this.fromObject = wrapper.fromObject.bind(wrapperThis);
        wrapperThis.toObject = this.toObject;
        this.toObject = wrapper.toObject.bind(wrapperThis);
      }
      return this;
    };
    Type.prototype.encode = function encode_setup(message, writer) {
      return this.setup().encode.apply(this, arguments);
    };
    Type.prototype.encodeDelimited = function encodeDelimited(message, writer) {
      return this.encode(message, (writer || Writer.create()).fork()).ldelim();
    };
    Type.prototype.decode = function decode_setup(reader, length) {
      return this.setup().decode.apply(this, arguments);
    };
    Type.prototype.decodeDelimited = function decodeDelimited(reader) {
      if (!(reader instanceof Reader))
        reader = Reader.create(reader);
      return this.decode(reader, reader.size());
    };
    Type.prototype.verify = function verify_setup(message) {
      return this.setup().verify.apply(this, arguments);
    };
    Type.prototype.fromObject = function fromObject(object) {
      return this.setup().fromObject.apply(this, arguments);
    };
    Type.prototype.toObject = function toObject(message, options) {
      return this.setup().toObject.apply(this, arguments);
    };
    Type.prototype.getTypeUrl = function getTypeUrl(prefix) {
      if (prefix === void 0)
        prefix = "type.googleapis.com";
      var fullName = this.fullName;
      return prefix + "/" + (fullName.charAt(0) === "." ? fullName.substring(1) : fullName);
    };
    Type.d = function decorateType(typeName) {
      return function typeDecorator(target) {
        util.decorateType(target, typeName);
      };
    };
  }
});

// node_modules/protobufjs/src/root.js
var require_root = __commonJS({
  "node_modules/protobufjs/src/root.js"(exports, module) {
    "use strict";
    module.exports = Root;
    var Namespace = require_namespace();
    Root.prototype = Object.create(Namespace.prototype, {
      constructor: {
        value: Root,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Root.className = "Root";
    var Field = require_field();
    var Enum = require_enum();
    var OneOf = require_oneof();
    var util = require_util();
    var Type;
    var parse2;
    var common;
    function Root(options) {
      Namespace.call(this, "", options);
      this.deferred = [];
      this.files = [];
      this._edition = "proto2";
      this._fullyQualifiedObjects = {};
    }
    Root.fromJSON = function fromJSON(json, root, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
      if (!root)
        root = new Root();
      if (json.options)
        root.setOptions(json.options);
      return root.addJSON(json.nested, depth).resolveAll();
    };
    Root.prototype.resolvePath = util.path.resolve;
    Root.prototype.fetch = util.fetch;
    function SYNC() {
    }
    Root.prototype.load = function load(filename, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = void 0;
      }
      var self2 = this;
      if (!callback) {
        return util.asPromise(load, self2, filename, options);
      }
      var sync = callback === SYNC;
      function finish(err, root) {
        if (!callback) {
          return;
        }
        if (sync) {
          throw err;
        }
        if (root) {
          root.resolveAll();
        }
        var cb = callback;
        callback = null;
        cb(err, root);
      }
      function getBundledFileName(filename2) {
        var idx = filename2.lastIndexOf("google/protobuf/");
        if (idx > -1) {
          var altname = filename2.substring(idx);
          if (Object.prototype.hasOwnProperty.call(common, altname)) return altname;
        }
        if (Object.prototype.hasOwnProperty.call(common, filename2)) return filename2;
        return null;
      }
      function process(filename2, source, depth) {
        if (depth === void 0)
          depth = 0;
        try {
          if (depth > util.recursionLimit)
            throw Error("max depth exceeded");
          if (util.isString(source) && source.charAt(0) === "{")
            source = JSON.parse(source);
          if (!util.isString(source))
            self2.setOptions(source.options).addJSON(source.nested);
          else {
            parse2.filename = filename2;
            var parsed = parse2(source, self2, options), resolved2, i2 = 0;
            if (parsed.imports) {
              for (; i2 < parsed.imports.length; ++i2)
                if (resolved2 = getBundledFileName(parsed.imports[i2]) || self2.resolvePath(filename2, parsed.imports[i2]))
                  fetch(resolved2, false, depth + 1);
            }
            if (parsed.weakImports) {
              for (i2 = 0; i2 < parsed.weakImports.length; ++i2)
                if (resolved2 = getBundledFileName(parsed.weakImports[i2]) || self2.resolvePath(filename2, parsed.weakImports[i2]))
                  fetch(resolved2, true, depth + 1);
            }
          }
        } catch (err) {
          finish(err);
        }
        if (!sync && !queued) {
          finish(null, self2);
        }
      }
      function fetch(filename2, weak, depth) {
        if (depth === void 0)
          depth = 0;
        filename2 = getBundledFileName(filename2) || filename2;
        if (self2.files.indexOf(filename2) > -1) {
          return;
        }
        self2.files.push(filename2);
        if (Object.prototype.hasOwnProperty.call(common, filename2)) {
          if (sync) {
            process(filename2, common[filename2], depth);
          } else {
            ++queued;
            setTimeout(function() {
              --queued;
              process(filename2, common[filename2], depth);
            });
          }
          return;
        }
        if (sync) {
          var source;
          try {
            source = util.fs.readFileSync(filename2).toString("utf8");
          } catch (err) {
            if (!weak)
              finish(err);
            return;
          }
          process(filename2, source, depth);
        } else {
          ++queued;
          self2.fetch(filename2, function(err, source2) {
            --queued;
            if (!callback) {
              return;
            }
            if (err) {
              if (!weak)
                finish(err);
              else if (!queued)
                finish(null, self2);
              return;
            }
            process(filename2, source2, depth);
          });
        }
      }
      var queued = 0;
      if (util.isString(filename)) {
        filename = [filename];
      }
      for (var i = 0, resolved; i < filename.length; ++i)
        if (resolved = self2.resolvePath("", filename[i]))
          fetch(resolved);
      if (sync) {
        self2.resolveAll();
        return self2;
      }
      if (!queued) {
        finish(null, self2);
      }
      return self2;
    };
    Root.prototype.loadSync = function loadSync(filename, options) {
      if (!util.isNode)
        throw Error("not supported");
      return this.load(filename, options, SYNC);
    };
    Root.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      if (this.deferred.length)
        throw Error("unresolvable extensions: " + this.deferred.map(function(field) {
          return "'extend " + field.extend + "' in " + field.parent.fullName;
        }).join(", "));
      return Namespace.prototype.resolveAll.call(this);
    };
    var exposeRe = /^[A-Z]/;
    function tryHandleExtension(root, field) {
      var extendedType = field.parent.lookup(field.extend);
      if (extendedType) {
        var sisterField = new Field(field.fullName, field.id, field.type, field.rule, void 0, field.options);
        if (extendedType.get(sisterField.name)) {
          return true;
        }
        sisterField.declaringField = field;
        field.extensionField = sisterField;
        extendedType.add(sisterField);
        return true;
      }
      return false;
    }
    Root.prototype._handleAdd = function _handleAdd(object) {
      if (object instanceof Field) {
        if (
          /* an extension field (implies not part of a oneof) */
          object.extend !== void 0 && /* not already handled */
          !object.extensionField
        ) {
          if (!tryHandleExtension(this, object))
            this.deferred.push(object);
        }
      } else if (object instanceof Enum) {
        if (exposeRe.test(object.name))
          object.parent[object.name] = object.values;
      } else if (!(object instanceof OneOf)) {
        if (object instanceof Type)
          for (var i = 0; i < this.deferred.length; )
            if (tryHandleExtension(this, this.deferred[i]))
              this.deferred.splice(i, 1);
            else
              ++i;
        for (var j = 0; j < /* initializes */
        object.nestedArray.length; ++j)
          this._handleAdd(object._nestedArray[j]);
        if (exposeRe.test(object.name))
          object.parent[object.name] = object;
      }
      if (object instanceof Type || object instanceof Enum || object instanceof Field) {
        this._fullyQualifiedObjects[object.fullName] = object;
      }
    };
    Root.prototype._handleRemove = function _handleRemove(object) {
      if (object instanceof Field) {
        if (
          /* an extension field */
          object.extend !== void 0
        ) {
          if (
            /* already handled */
            object.extensionField
          ) {
            object.extensionField.parent.remove(object.extensionField);
            object.extensionField = null;
          } else {
            var index = this.deferred.indexOf(object);
            if (index > -1)
              this.deferred.splice(index, 1);
          }
        }
      } else if (object instanceof Enum) {
        if (exposeRe.test(object.name))
          delete object.parent[object.name];
      } else if (object instanceof Namespace) {
        for (var i = 0; i < /* initializes */
        object.nestedArray.length; ++i)
          this._handleRemove(object._nestedArray[i]);
        if (exposeRe.test(object.name))
          delete object.parent[object.name];
      }
      delete this._fullyQualifiedObjects[object.fullName];
    };
    Root._configure = function(Type_, parse_, common_) {
      Type = Type_;
      parse2 = parse_;
      common = common_;
    };
  }
});

// node_modules/protobufjs/src/util.js
var require_util = __commonJS({
  "node_modules/protobufjs/src/util.js"(exports, module) {
    "use strict";
    var util = module.exports = require_minimal();
    var roots = require_roots();
    var Type;
    var Enum;
    util.codegen = require_codegen();
    util.fetch = require_fetch();
    util.path = require_path();
    util.patterns = require_patterns();
    var reservedRe = util.patterns.reservedRe;
    util.fs = require_fs();
    util.toArray = function toArray(object) {
      if (object) {
        var keys = Object.keys(object), array = new Array(keys.length), index = 0;
        while (index < keys.length)
          array[index] = object[keys[index++]];
        return array;
      }
      return [];
    };
    util.toObject = function toObject(array) {
      var object = {}, index = 0;
      while (index < array.length) {
        var key = array[index++], val = array[index++];
        if (val !== void 0)
          object[key] = val;
      }
      return object;
    };
    util.remove = function remove(object, value, key) {
      if (!object)
        return false;
      if (key !== void 0 && Object.prototype.hasOwnProperty.call(object, key) && object[key] === value) {
        delete object[key];
        return true;
      }
      for (var names = Object.keys(object), i = 0; i < names.length; ++i)
        if (object[names[i]] === value) {
          delete object[names[i]];
          return true;
        }
      return false;
    };
    util.isReserved = function isReserved(name) {
      return reservedRe.test(name);
    };
    util.safeProp = function safeProp(prop) {
      if (!/^[$\w_]+$/.test(prop) || reservedRe.test(prop))
        return "[" + JSON.stringify(prop) + "]";
      return "." + prop;
    };
    util.ucFirst = function ucFirst(str) {
      return str.charAt(0).toUpperCase() + str.substring(1);
    };
    var camelCaseRe = /_([a-z])/g;
    util.camelCase = function camelCase(str) {
      return str.substring(0, 1) + str.substring(1).replace(camelCaseRe, function($0, $1) {
        return $1.toUpperCase();
      });
    };
    util.jsonName = function jsonName(str) {
      var result = "", upperNext = false, i = 0;
      for (; i < str.length; ++i) {
        var ch = str.charAt(i);
        if (ch === "_")
          upperNext = true;
        else if (upperNext) {
          result += ch.toUpperCase();
          upperNext = false;
        } else
          result += ch;
      }
      return result;
    };
    util.compareFieldsById = function compareFieldsById(a, b) {
      return a.id - b.id;
    };
    util.decorateType = function decorateType(ctor, typeName) {
      if (ctor.$type) {
        if (typeName && ctor.$type.name !== typeName) {
          util.decorateRoot.remove(ctor.$type);
          ctor.$type.name = typeName;
          util.decorateRoot.add(ctor.$type);
        }
        return ctor.$type;
      }
      if (!Type)
        Type = require_type();
      var type = new Type(typeName || ctor.name);
      util.decorateRoot.add(type);
      type.ctor = ctor;
      Object.defineProperty(ctor, "$type", { value: type, enumerable: false });
      Object.defineProperty(ctor.prototype, "$type", { value: type, enumerable: false });
      return type;
    };
    var decorateEnumIndex = 0;
    util.decorateEnum = function decorateEnum(object) {
      if (object.$type)
        return object.$type;
      if (!Enum)
        Enum = require_enum();
      var enm = new Enum("Enum" + decorateEnumIndex++, object);
      util.decorateRoot.add(enm);
      Object.defineProperty(object, "$type", { value: enm, enumerable: false });
      return enm;
    };
    util.setProperty = function setProperty(dst, path, value, ifNotSet) {
      function setProp(dst2, path2, value2) {
        var part = path2.shift();
        if (util.isUnsafeProperty(part))
          return dst2;
        if (path2.length > 0) {
          dst2[part] = setProp(dst2[part] || {}, path2, value2);
        } else {
          var prevValue = dst2[part];
          if (prevValue && ifNotSet)
            return dst2;
          if (prevValue)
            value2 = [].concat(prevValue).concat(value2);
          dst2[part] = value2;
        }
        return dst2;
      }
      if (typeof dst !== "object")
        throw TypeError("dst must be an object");
      if (!path)
        throw TypeError("path must be specified");
      path = path.split(".");
      if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");
      return setProp(dst, path, value);
    };
    Object.defineProperty(util, "decorateRoot", {
      get: function() {
        return roots["decorated"] || (roots["decorated"] = new (require_root())());
      }
    });
  }
});

// node_modules/protobufjs/src/types.js
var require_types = __commonJS({
  "node_modules/protobufjs/src/types.js"(exports) {
    "use strict";
    var types = exports;
    var util = require_util();
    var s = [
      "double",
      // 0
      "float",
      // 1
      "int32",
      // 2
      "uint32",
      // 3
      "sint32",
      // 4
      "fixed32",
      // 5
      "sfixed32",
      // 6
      "int64",
      // 7
      "uint64",
      // 8
      "sint64",
      // 9
      "fixed64",
      // 10
      "sfixed64",
      // 11
      "bool",
      // 12
      "string",
      // 13
      "bytes"
      // 14
    ];
    function bake(values, offset) {
      var i = 0, o = /* @__PURE__ */ Object.create(null);
      offset |= 0;
      while (i < values.length) o[s[i + offset]] = values[i++];
      return o;
    }
    types.basic = bake([
      /* double   */
      1,
      /* float    */
      5,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0,
      /* string   */
      2,
      /* bytes    */
      2
    ]);
    types.defaults = bake([
      /* double   */
      0,
      /* float    */
      0,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      0,
      /* sfixed32 */
      0,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      0,
      /* sfixed64 */
      0,
      /* bool     */
      false,
      /* string   */
      "",
      /* bytes    */
      util.emptyArray,
      /* message  */
      null
    ]);
    types.long = bake([
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1
    ], 7);
    types.mapKey = bake([
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0,
      /* string   */
      2
    ], 2);
    types.packed = bake([
      /* double   */
      1,
      /* float    */
      5,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0
    ]);
  }
});

// node_modules/protobufjs/src/field.js
var require_field = __commonJS({
  "node_modules/protobufjs/src/field.js"(exports, module) {
    "use strict";
    module.exports = Field;
    var ReflectionObject = require_object();
    Field.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: Field,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Field.className = "Field";
    var Enum = require_enum();
    var types = require_types();
    var util = require_util();
    var Type;
    var ruleRe = /^(?:required|optional|repeated)$/;
    Field.fromJSON = function fromJSON(name, json) {
      var field = new Field(name, json.id, json.type, json.rule, json.extend, json.options, json.comment);
      if (json.edition)
        field._edition = json.edition;
      if (json.protoName)
        field.protoName = json.protoName;
      if (json.jsonName !== void 0)
        field.jsonName = json.jsonName;
      else if (json.options && json.options.json_name !== void 0)
        field.jsonName = json.options.json_name;
      field._defaultEdition = "proto3";
      return field;
    };
    function Field(name, id, type, rule, extend, options, comment) {
      if (util.isObject(rule)) {
        comment = extend;
        options = rule;
        rule = extend = void 0;
      } else if (util.isObject(extend)) {
        comment = options;
        options = extend;
        extend = void 0;
      }
      ReflectionObject.call(this, name, options);
      if (!util.isInteger(id) || id < 0)
        throw TypeError("id must be a non-negative integer");
      if (!util.isString(type))
        throw TypeError("type must be a string");
      if (rule !== void 0 && !ruleRe.test(rule = rule.toString().toLowerCase()))
        throw TypeError("rule must be a string rule");
      if (extend !== void 0 && !util.isString(extend))
        throw TypeError("extend must be a string");
      this.rule = rule && rule !== "optional" ? rule : void 0;
      this.type = type;
      this.id = id;
      this.extend = extend || void 0;
      this.repeated = rule === "repeated";
      this.map = false;
      this.message = null;
      this.partOf = null;
      this.typeDefault = null;
      this.defaultValue = null;
      this.long = util.Long ? types.long[type] !== void 0 : (
        /* istanbul ignore next */
        false
      );
      this.bytes = type === "bytes";
      this.resolvedType = null;
      this.extensionField = null;
      this.declaringField = null;
      this.comment = comment;
      this.protoName = void 0;
      this.jsonName = void 0;
    }
    Object.defineProperty(Field.prototype, "required", {
      get: function() {
        return this._features.field_presence === "LEGACY_REQUIRED";
      }
    });
    Object.defineProperty(Field.prototype, "optional", {
      get: function() {
        return !this.required;
      }
    });
    Object.defineProperty(Field.prototype, "delimited", {
      get: function() {
        return this.resolvedType instanceof Type && this._features.message_encoding === "DELIMITED";
      }
    });
    Object.defineProperty(Field.prototype, "packed", {
      get: function() {
        return this._features.repeated_field_encoding === "PACKED";
      }
    });
    Object.defineProperty(Field.prototype, "hasPresence", {
      get: function() {
        if (this.repeated || this.map) {
          return false;
        }
        return this.partOf || // oneofs
        this.declaringField || this.extensionField || // extensions
        this._features.field_presence !== "IMPLICIT";
      }
    });
    Field.prototype.setOption = function setOption(name, value, ifNotSet) {
      return ReflectionObject.prototype.setOption.call(this, name, value, ifNotSet);
    };
    Field.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "rule",
        this.rule !== "optional" && this.rule || void 0,
        "type",
        this.type,
        "id",
        this.id,
        "extend",
        this.extend,
        "protoName",
        this.protoName !== this.name ? this.protoName : void 0,
        "jsonName",
        this.jsonName !== util.jsonName(this.protoName || this.name) ? this.jsonName : void 0,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Field.prototype.resolve = function resolve() {
      if (this.resolved)
        return this;
      if ((this.typeDefault = types.defaults[this.type]) === void 0) {
        this.resolvedType = (this.declaringField ? this.declaringField.parent : this.parent).lookupTypeOrEnum(this.type);
        if (this.resolvedType instanceof Type)
          this.typeDefault = null;
        else
          this.typeDefault = this.resolvedType.values[Object.keys(this.resolvedType.values)[0]];
      } else if (this.options && this.options.proto3_optional) {
        this.typeDefault = null;
      }
      if (this.options && this.options["default"] != null) {
        this.typeDefault = this.options["default"];
        if (this.resolvedType instanceof Enum && typeof this.typeDefault === "string")
          this.typeDefault = this.resolvedType.values[this.typeDefault];
      }
      if (this.options) {
        if (this.options.packed !== void 0 && this.resolvedType && !(this.resolvedType instanceof Enum))
          delete this.options.packed;
        if (!Object.keys(this.options).length)
          this.options = void 0;
      }
      if (this.long) {
        var unsigned = this.type === "uint64" || this.type === "fixed64";
        this.typeDefault = typeof this.typeDefault === "string" ? util.Long.fromString(this.typeDefault, unsigned) : util.Long.fromNumber(this.typeDefault, unsigned);
        if (Object.freeze)
          Object.freeze(this.typeDefault);
      } else if (types.long[this.type] !== void 0 && typeof this.typeDefault === "string") {
        this.typeDefault = parseInt(this.typeDefault, 10);
      } else if (this.bytes && typeof this.typeDefault === "string") {
        var buf;
        if (util.base64.test(this.typeDefault))
          util.base64.decode(this.typeDefault, buf = util.newBuffer(util.base64.length(this.typeDefault)), 0);
        else
          util.utf8.write(this.typeDefault, buf = util.newBuffer(util.utf8.length(this.typeDefault)), 0);
        this.typeDefault = buf;
      }
      if (this.map)
        this.defaultValue = util.emptyObject;
      else if (this.repeated)
        this.defaultValue = util.emptyArray;
      else
        this.defaultValue = this.typeDefault;
      if (this.parent instanceof Type && this.parent._ctor)
        this.parent._ctor.prototype[this.name] = this.defaultValue;
      if (this.protoName === void 0)
        this.protoName = this.name;
      if (this.jsonName === void 0)
        this.jsonName = util.jsonName(this.protoName);
      return ReflectionObject.prototype.resolve.call(this);
    };
    Field.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(edition) {
      if (edition !== "proto2" && edition !== "proto3") {
        return {};
      }
      var features = {};
      if (this.rule === "required") {
        features.field_presence = "LEGACY_REQUIRED";
      }
      if (this.parent && types.defaults[this.type] === void 0) {
        var type = this.parent.get(this.type.split(".").pop());
        if (type && type instanceof Type && type.group) {
          features.message_encoding = "DELIMITED";
        }
      }
      if (this.getOption("packed") === true) {
        features.repeated_field_encoding = "PACKED";
      } else if (this.getOption("packed") === false) {
        features.repeated_field_encoding = "EXPANDED";
      }
      return features;
    };
    Field.prototype._resolveFeatures = function _resolveFeatures(edition) {
      return ReflectionObject.prototype._resolveFeatures.call(this, this._edition || edition);
    };
    Field.d = function decorateField(fieldId, fieldType, fieldRule, defaultValue) {
      if (typeof fieldType === "function")
        fieldType = util.decorateType(fieldType).name;
      else if (fieldType && typeof fieldType === "object")
        fieldType = util.decorateEnum(fieldType).name;
      return function fieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor).add(new Field(fieldName, fieldId, fieldType, fieldRule, { "default": defaultValue }));
      };
    };
    Field._configure = function configure(Type_) {
      Type = Type_;
    };
  }
});

// node_modules/protobufjs/src/oneof.js
var require_oneof = __commonJS({
  "node_modules/protobufjs/src/oneof.js"(exports, module) {
    "use strict";
    module.exports = OneOf;
    var ReflectionObject = require_object();
    OneOf.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: OneOf,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    OneOf.className = "OneOf";
    var Field = require_field();
    var util = require_util();
    function OneOf(name, fieldNames, options, comment) {
      if (!Array.isArray(fieldNames)) {
        options = fieldNames;
        fieldNames = void 0;
      }
      ReflectionObject.call(this, name, options);
      if (!(fieldNames === void 0 || Array.isArray(fieldNames)))
        throw TypeError("fieldNames must be an Array");
      this.oneof = fieldNames || [];
      this.fieldsArray = [];
      this.comment = comment;
    }
    OneOf.fromJSON = function fromJSON(name, json) {
      return new OneOf(name, json.oneof, json.options, json.comment);
    };
    OneOf.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "options",
        this.options,
        "oneof",
        this.oneof,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    function addFieldsToParent(oneof) {
      if (oneof.parent) {
        for (var i = 0; i < oneof.fieldsArray.length; ++i)
          if (!oneof.fieldsArray[i].parent)
            oneof.parent.add(oneof.fieldsArray[i]);
      }
    }
    OneOf.prototype.add = function add(field) {
      if (!(field instanceof Field))
        throw TypeError("field must be a Field");
      if (field.parent && field.parent !== this.parent)
        field.parent.remove(field);
      this.oneof.push(field.name);
      this.fieldsArray.push(field);
      field.partOf = this;
      addFieldsToParent(this);
      return this;
    };
    OneOf.prototype.remove = function remove(field) {
      if (!(field instanceof Field))
        throw TypeError("field must be a Field");
      var index = this.fieldsArray.indexOf(field);
      if (index < 0)
        throw Error(field + " is not a member of " + this);
      this.fieldsArray.splice(index, 1);
      index = this.oneof.indexOf(field.name);
      if (index > -1)
        this.oneof.splice(index, 1);
      field.partOf = null;
      return this;
    };
    OneOf.prototype.onAdd = function onAdd(parent) {
      ReflectionObject.prototype.onAdd.call(this, parent);
      var self2 = this;
      for (var i = 0; i < this.oneof.length; ++i) {
        var field = parent.get(this.oneof[i]);
        if (field && !field.partOf) {
          field.partOf = self2;
          self2.fieldsArray.push(field);
        }
      }
      addFieldsToParent(this);
    };
    OneOf.prototype.onRemove = function onRemove(parent) {
      for (var i = 0, field; i < this.fieldsArray.length; ++i)
        if ((field = this.fieldsArray[i]).parent)
          field.parent.remove(field);
      ReflectionObject.prototype.onRemove.call(this, parent);
    };
    Object.defineProperty(OneOf.prototype, "isProto3Optional", {
      get: function() {
        if (this.fieldsArray == null || this.fieldsArray.length !== 1) {
          return false;
        }
        var field = this.fieldsArray[0];
        return field.options != null && field.options["proto3_optional"] === true;
      }
    });
    OneOf.d = function decorateOneOf() {
      var fieldNames = new Array(arguments.length), index = 0;
      while (index < arguments.length)
        fieldNames[index] = arguments[index++];
      return function oneOfDecorator(prototype, oneofName) {
        util.decorateType(prototype.constructor).add(new OneOf(oneofName, fieldNames));
        Object.defineProperty(prototype, oneofName, {
          get: util.oneOfGetter(fieldNames),
          set: util.oneOfSetter(fieldNames)
        });
      };
    };
  }
});

// node_modules/protobufjs/src/object.js
var require_object = __commonJS({
  "node_modules/protobufjs/src/object.js"(exports, module) {
    "use strict";
    module.exports = ReflectionObject;
    ReflectionObject.className = "ReflectionObject";
    var OneOf = require_oneof();
    var util = require_util();
    var Root;
    var proto2Defaults = { enum_type: "CLOSED", field_presence: "EXPLICIT", json_format: "LEGACY_BEST_EFFORT", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "EXPANDED", utf8_validation: "NONE", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
    var proto3Defaults = { enum_type: "OPEN", field_presence: "IMPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
    var editions2023Defaults = { enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
    var editions2024Defaults = { enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE2024", default_symbol_visibility: "EXPORT_TOP_LEVEL" };
    var editions2026Defaults = { enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE2026", default_symbol_visibility: "STRICT", enforce_proto_limits: "PROTO_LIMITS2026" };
    function ReflectionObject(name, options) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      if (options && !util.isObject(options))
        throw TypeError("options must be an object");
      this.options = options;
      this.parsedOptions = null;
      this.name = name;
      this._edition = null;
      this._defaultEdition = "proto2";
      this._features = {};
      this._featuresResolved = false;
      this.parent = null;
      this.resolved = false;
      this.comment = null;
      this.filename = null;
    }
    Object.defineProperties(ReflectionObject.prototype, {
      /**
       * Reference to the root namespace.
       * @name ReflectionObject#root
       * @type {Root}
       * @readonly
       */
      root: {
        get: function() {
          var ptr = this;
          while (ptr.parent !== null)
            ptr = ptr.parent;
          return ptr;
        }
      },
      /**
       * Full name including leading dot.
       * @name ReflectionObject#fullName
       * @type {string}
       * @readonly
       */
      fullName: {
        get: function() {
          var path = [this.name], ptr = this.parent;
          while (ptr) {
            path.unshift(ptr.name);
            ptr = ptr.parent;
          }
          return path.join(".");
        }
      }
    });
    ReflectionObject.prototype.toJSON = /* istanbul ignore next */
    function toJSON() {
      throw Error();
    };
    ReflectionObject.prototype.onAdd = function onAdd(parent) {
      if (this.parent && this.parent !== parent)
        this.parent.remove(this);
      this.parent = parent;
      this.resolved = false;
      var root = parent.root;
      if (root instanceof Root)
        root._handleAdd(this);
    };
    ReflectionObject.prototype.onRemove = function onRemove(parent) {
      var root = parent.root;
      if (root instanceof Root)
        root._handleRemove(this);
      this.parent = null;
      this.resolved = false;
    };
    ReflectionObject.prototype.resolve = function resolve() {
      if (this.resolved)
        return this;
      if (this.root instanceof Root)
        this.resolved = true;
      return this;
    };
    ReflectionObject.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      return this._resolveFeatures(this._edition || edition);
    };
    ReflectionObject.prototype._resolveFeatures = function _resolveFeatures(edition) {
      if (this._featuresResolved) {
        return;
      }
      var defaults = {};
      if (!edition) {
        throw new Error("Unknown edition for " + this.fullName);
      }
      var protoFeatures = util.merge(
        {},
        this.options && this.options.features,
        this._inferLegacyProtoFeatures(edition)
      );
      if (this._edition) {
        if (edition === "proto2") {
          defaults = Object.assign({}, proto2Defaults);
        } else if (edition === "proto3") {
          defaults = Object.assign({}, proto3Defaults);
        } else if (edition === "2023") {
          defaults = Object.assign({}, editions2023Defaults);
        } else if (edition === "2024") {
          defaults = Object.assign({}, editions2024Defaults);
        } else if (edition === "2026") {
          defaults = Object.assign({}, editions2026Defaults);
        } else {
          throw new Error("Unknown edition: " + edition);
        }
        this._features = util.merge(defaults, protoFeatures);
      } else {
        if (this.partOf instanceof OneOf) {
          var lexicalParentFeaturesCopy = util.merge({}, this.partOf._features);
          this._features = util.merge(lexicalParentFeaturesCopy, protoFeatures);
        } else if (this.declaringField) {
        } else if (this.parent) {
          var parentFeaturesCopy = util.merge({}, this.parent._features);
          this._features = util.merge(parentFeaturesCopy, protoFeatures);
        } else {
          throw new Error("Unable to find a parent for " + this.fullName);
        }
      }
      if (this.extensionField) {
        this.extensionField._features = this._features;
      }
      this._featuresResolved = true;
    };
    ReflectionObject.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures() {
      return {};
    };
    ReflectionObject.prototype.getOption = function getOption(name) {
      if (this.options && Object.prototype.hasOwnProperty.call(this.options, name))
        return this.options[name];
      return void 0;
    };
    ReflectionObject.prototype.setOption = function setOption(name, value, ifNotSet) {
      if (name === "__proto__")
        return this;
      if (!this.options)
        this.options = {};
      if (/^features\./.test(name)) {
        util.setProperty(this.options, name, value, ifNotSet);
      } else {
        var prev = this.getOption(name);
        if (!ifNotSet || prev === void 0) {
          if (prev !== value) this.resolved = false;
          this.options[name] = value;
        }
      }
      return this;
    };
    ReflectionObject.prototype.setParsedOption = function setParsedOption(name, value, propName) {
      if (name === "__proto__")
        return this;
      if (!this.parsedOptions) {
        this.parsedOptions = [];
      }
      var parsedOptions = this.parsedOptions;
      if (propName) {
        var opt = parsedOptions.find(function(opt2) {
          return Object.prototype.hasOwnProperty.call(opt2, name);
        });
        if (opt) {
          var newValue = opt[name];
          util.setProperty(newValue, propName, value);
        } else {
          opt = {};
          opt[name] = util.setProperty({}, propName, value);
          parsedOptions.push(opt);
        }
      } else {
        var newOpt = {};
        newOpt[name] = value;
        parsedOptions.push(newOpt);
      }
      return this;
    };
    ReflectionObject.prototype.setOptions = function setOptions(options, ifNotSet) {
      if (options)
        for (var keys = Object.keys(options), i = 0; i < keys.length; ++i)
          this.setOption(keys[i], options[keys[i]], ifNotSet);
      return this;
    };
    Object.defineProperty(ReflectionObject.prototype, "toString", {
      value: function toString() {
        var className = this.constructor.className, fullName = this.fullName;
        if (fullName.length)
          return className + " " + fullName;
        return className;
      },
      writable: true,
      enumerable: false,
      configurable: true
    });
    ReflectionObject.prototype._editionToJSON = function _editionToJSON() {
      if (!this._edition || this._edition === "proto3") {
        return void 0;
      }
      return this._edition;
    };
    ReflectionObject._configure = function(Root_) {
      Root = Root_;
    };
  }
});

// node_modules/protobufjs/src/enum.js
var require_enum = __commonJS({
  "node_modules/protobufjs/src/enum.js"(exports, module) {
    "use strict";
    module.exports = Enum;
    var ReflectionObject = require_object();
    Enum.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: Enum,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Enum.className = "Enum";
    var Namespace = require_namespace();
    var util = require_util();
    function Enum(name, values, options, comment, comments, valuesOptions) {
      ReflectionObject.call(this, name, options);
      if (values && typeof values !== "object")
        throw TypeError("values must be an object");
      this.valuesById = /* @__PURE__ */ Object.create(null);
      this.values = Object.create(this.valuesById);
      this.comment = comment;
      this.comments = comments || {};
      this.valuesOptions = valuesOptions;
      this._valuesFeatures = {};
      this.reserved = void 0;
      this.visibility = void 0;
      if (values) {
        for (var keys = Object.keys(values), i = 0; i < keys.length; ++i)
          if (keys[i] !== "__proto__" && typeof values[keys[i]] === "number") {
            this.values[keys[i]] = values[keys[i]];
            if (this.valuesById[values[keys[i]]] === void 0)
              this.valuesById[values[keys[i]]] = keys[i];
          }
      }
    }
    Enum.prototype._resolveFeatures = function _resolveFeatures(edition) {
      edition = this._edition || edition;
      ReflectionObject.prototype._resolveFeatures.call(this, edition);
      Object.keys(this.values).forEach((key) => {
        var parentFeaturesCopy = util.merge({}, this._features);
        this._valuesFeatures[key] = util.merge(parentFeaturesCopy, this.valuesOptions && this.valuesOptions[key] && this.valuesOptions[key].features || {});
      });
      return this;
    };
    Enum.fromJSON = function fromJSON(name, json) {
      var enm = new Enum(name, json.values, json.options, json.comment, json.comments, json.valuesOptions);
      enm.reserved = json.reserved;
      if (json.visibility)
        enm.visibility = json.visibility;
      if (json.edition)
        enm._edition = json.edition;
      enm._defaultEdition = "proto3";
      return enm;
    };
    Enum.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        this.options,
        "valuesOptions",
        this.valuesOptions,
        "values",
        this.values,
        "reserved",
        this.reserved && this.reserved.length ? this.reserved : void 0,
        "visibility",
        this.visibility,
        "comment",
        keepComments ? this.comment : void 0,
        "comments",
        keepComments ? this.comments : void 0
      ]);
    };
    Enum.prototype.add = function add(name, id, comment, options) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      if (!util.isInteger(id))
        throw TypeError("id must be an integer");
      if (name === "__proto__")
        return this;
      if (this.values[name] !== void 0)
        throw Error("duplicate name '" + name + "' in " + this);
      if (this.isReservedId(id))
        throw Error("id " + id + " is reserved in " + this);
      if (this.isReservedName(name))
        throw Error("name '" + name + "' is reserved in " + this);
      if (this.valuesById[id] !== void 0) {
        if (!(this.options && this.options.allow_alias))
          throw Error("duplicate id " + id + " in " + this);
        this.values[name] = id;
      } else
        this.valuesById[this.values[name] = id] = name;
      if (options) {
        if (this.valuesOptions === void 0)
          this.valuesOptions = {};
        this.valuesOptions[name] = options || null;
      }
      this.comments[name] = comment || null;
      return this;
    };
    Enum.prototype.remove = function remove(name) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      var val = this.values[name];
      if (val == null)
        throw Error("name '" + name + "' does not exist in " + this);
      delete this.valuesById[val];
      delete this.values[name];
      delete this.comments[name];
      if (this.valuesOptions)
        delete this.valuesOptions[name];
      return this;
    };
    Enum.prototype.isReservedId = function isReservedId(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Enum.prototype.isReservedName = function isReservedName(name) {
      return Namespace.isReservedName(this.reserved, name);
    };
  }
});

// node_modules/protobufjs/src/encoder.js
var require_encoder = __commonJS({
  "node_modules/protobufjs/src/encoder.js"(exports, module) {
    "use strict";
    module.exports = encoder;
    var Enum = require_enum();
    var types = require_types();
    var util = require_util();
    function genTypePartial(gen, field, fieldIndex, ref) {
      return field.delimited ? gen("types[%i].encode(%s,w.uint32(%i),q+1).uint32(%i)", fieldIndex, ref, (field.id << 3 | 3) >>> 0, (field.id << 3 | 4) >>> 0) : gen("types[%i].encode(%s,w.uint32(%i).fork(),q+1).ldelim()", fieldIndex, ref, (field.id << 3 | 2) >>> 0);
    }
    function encoder(mtype) {
      var gen = util.codegen(["m", "w", "q"])("if(!w)")("w=Writer.create()")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")');
      var i, ref;
      var fields = (
        /* initializes */
        mtype.fieldsArray.slice().sort(util.compareFieldsById)
      );
      for (var i = 0; i < fields.length; ++i) {
        var field = fields[i].resolve(), index = mtype._fieldsArray.indexOf(field), type = field.resolvedType instanceof Enum ? "int32" : field.type, wireType = types.basic[type];
        ref = "m" + util.safeProp(field.name);
        if (field.map) {
          gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name)("for(var ks=Object.keys(%s),i=0;i<ks.length;++i){", ref);
          if (field.keyType === "bool") gen("w.uint32(%i).fork().uint32(%i).bool(util.boolFromKey(ks[i]))", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType]);
          else if (types.long[field.keyType] !== void 0) gen("w.uint32(%i).fork().uint32(%i).%s(util.longFromKey(ks[i],%j))", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType, field.keyType === "uint64" || field.keyType === "fixed64");
          else gen("w.uint32(%i).fork().uint32(%i).%s(ks[i])", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType);
          if (wireType === void 0) gen("types[%i].encode(%s[ks[i]],w.uint32(18).fork(),q+1).ldelim().ldelim()", index, ref);
          else gen(".uint32(%i).%s(%s[ks[i]]).ldelim()", 16 | wireType, type, ref);
          gen("}")("}");
        } else if (field.repeated) {
          gen("if(%s!=null&&%s.length){", ref, ref);
          if (field.packed && types.packed[type] !== void 0) {
            gen("w.uint32(%i).%ss(%s)", (field.id << 3 | 2) >>> 0, type, ref);
          } else {
            gen("for(var i=0;i<%s.length;++i)", ref);
            if (wireType === void 0)
              genTypePartial(gen, field, index, ref + "[i]");
            else gen("w.uint32(%i).%s(%s[i])", (field.id << 3 | wireType) >>> 0, type, ref);
          }
          gen("}");
        } else {
          if (!field.required)
            if (field.hasPresence || !(field.resolvedType instanceof Enum || types.basic[type] !== void 0)) gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j))", ref, field.name);
            else if (field.resolvedType instanceof Enum) gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==%j)", ref, field.name, ref, field.typeDefault);
            else if (type === "bool") gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==false)", ref, field.name, ref);
            else if (type === "string") gen('if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!=="")', ref, field.name, ref);
            else if (type === "bytes") gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s.length)", ref, field.name, ref);
            else if (type === "double" || type === "float") gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&!Object.is(%s,0))", ref, field.name, ref);
            else if (types.long[type] !== void 0) gen('if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&(typeof %s==="object"?%s.low||%s.high:%s!==0))', ref, field.name, ref, ref, ref, ref);
            else gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==0)", ref, field.name, ref);
          if (wireType === void 0)
            genTypePartial(gen, field, index, ref);
          else gen("w.uint32(%i).%s(%s)", (field.id << 3 | wireType) >>> 0, type, ref);
        }
      }
      return gen('if(m.$unknowns!=null&&Object.hasOwnProperty.call(m,"$unknowns"))')("for(var i=0;i<m.$unknowns.length;++i)")("w.raw(m.$unknowns[i])")("return w");
    }
  }
});

// node_modules/protobufjs/src/index-light.js
var require_index_light = __commonJS({
  "node_modules/protobufjs/src/index-light.js"(exports, module) {
    "use strict";
    exports = module.exports = require_index_minimal();
    exports.build = "light";
    function load(filename, root, callback) {
      if (typeof root === "function") {
        callback = root;
        root = new exports.Root();
      } else if (!root)
        root = new exports.Root();
      return root.load(filename, callback);
    }
    exports.load = load;
    function loadSync(filename, root) {
      if (!root)
        root = new exports.Root();
      return root.loadSync(filename);
    }
    exports.loadSync = loadSync;
    exports.encoder = require_encoder();
    exports.decoder = require_decoder();
    exports.verifier = require_verifier();
    exports.converter = require_converter();
    exports.ReflectionObject = require_object();
    exports.Namespace = require_namespace();
    exports.Root = require_root();
    exports.Enum = require_enum();
    exports.Type = require_type();
    exports.Field = require_field();
    exports.OneOf = require_oneof();
    exports.MapField = require_mapfield();
    exports.Service = require_service2();
    exports.Method = require_method();
    exports.Message = require_message();
    exports.wrappers = require_wrappers();
    exports.types = require_types();
    exports.util = require_util();
    exports.ReflectionObject._configure(exports.Root);
    exports.Namespace._configure(exports.Type, exports.Service, exports.Enum);
    exports.Root._configure(exports.Type, void 0, {});
    exports.Field._configure(exports.Type);
  }
});

// node_modules/protobufjs/light.js
var require_light = __commonJS({
  "node_modules/protobufjs/light.js"(exports, module) {
    "use strict";
    module.exports = require_index_light();
  }
});

// src/runner/read-log.ts
import { open as open2, readdir as readdir2, stat as stat2 } from "node:fs/promises";
import { dirname, join as join2, relative } from "node:path";

// src/ingest/csv-row.ts
function splitCsvRow(line, delimiter = ",") {
  if (!line.includes('"')) return line.split(delimiter);
  const cells = [];
  let cell = "";
  let i = 0;
  for (; ; ) {
    let j = i;
    while (line[j] === " " || line[j] === "	") j++;
    if (line[j] === '"') i = j;
    if (line[i] === '"') {
      i++;
      for (; ; ) {
        const q = line.indexOf('"', i);
        if (q === -1) return void 0;
        cell += line.slice(i, q);
        if (line[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const comma = line.indexOf(delimiter, i);
      cell += (comma === -1 ? line.slice(i) : line.slice(i, comma)).trim();
      i = comma === -1 ? line.length + 1 : comma + 1;
    } else {
      const comma = line.indexOf(delimiter, i);
      cell = comma === -1 ? line.slice(i) : line.slice(i, comma);
      i = comma === -1 ? line.length + 1 : comma + 1;
    }
    cells.push(cell);
    cell = "";
    if (i > line.length) return cells;
  }
}

// src/ingest/head-text.ts
var cache = /* @__PURE__ */ new WeakMap();
function inspect(head) {
  const nul = head.indexOf(0);
  if (nul !== -1) return { binary: `binary data (a NUL byte at offset ${nul})` };
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    return { text };
  } catch {
    return { binary: "binary data (bytes that are not UTF-8 text)" };
  }
}
function headText(head) {
  return describeHead(head).text;
}
function describeHead(head) {
  let seen = cache.get(head);
  if (seen === void 0) {
    seen = inspect(head);
    cache.set(head, seen);
  }
  return seen;
}

// src/ingest/csv-head.ts
function csvDelimiter(headerLine) {
  if (headerLine.includes(",")) return ",";
  return headerLine.includes("	") ? "	" : void 0;
}
function csvHeader(head) {
  const text = headText(head);
  if (text === void 0) return void 0;
  const line = text.split("\n", 1)[0]?.replace(/\r$/, "") ?? "";
  const delimiter = csvDelimiter(line);
  if (delimiter === void 0 || line.trimStart().startsWith("{")) return void 0;
  const cells = splitCsvRow(line, delimiter);
  return cells?.map((c) => c.trim().toLowerCase());
}
function findColumn(header, names) {
  for (const name of names) {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name);
    if (i !== -1) return i;
  }
  return void 0;
}

// src/ingest/ascii-bytes.ts
var HIGH_BITS = 2155905152 | 0;
function isAscii(b) {
  let i = 0;
  const n = b.length;
  for (; i < n && (b.byteOffset + i) % 4 !== 0; i++) if (b[i] >= 128) return false;
  if (i === n) return true;
  const words = new Int32Array(b.buffer, b.byteOffset + i, n - i >>> 2);
  const m = words.length;
  let any = 0;
  let w = 0;
  for (; w + 4 <= m; w += 4)
    any |= words[w] | words[w + 1] | words[w + 2] | words[w + 3];
  for (; w < m; w++) any |= words[w];
  if ((any & HIGH_BITS) !== 0) return false;
  for (let j = i + m * 4; j < n; j++) if (b[j] >= 128) return false;
  return true;
}
var latin1 = new TextDecoder("latin1");
var portableAsciiText = (bytes, start, end) => latin1.decode(bytes.subarray(start, end));
function sameBytes(b, view, i, ref, refView, from, n) {
  let k = 0;
  for (; k + 4 <= n; k += 4)
    if (view.getInt32(i + k, true) !== refView.getInt32(from + k, true)) return false;
  for (; k < n; k++) if (b[i + k] !== ref[from + k]) return false;
  return true;
}

// src/ingest/parse-decimal.ts
var POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
var SPLITTER = 134217729;
var POW10_HI = POW10.map((d) => SPLITTER * d - (SPLITTER * d - d));
var POW10_LO = POW10.map((d, k) => d - POW10_HI[k]);
var TWO_M53 = 2 ** -53;
var MARGIN = 2 ** -50;
function divideLong(h, l, q) {
  const d = POW10[q];
  const dh = POW10_HI[q];
  const dl = POW10_LO[q];
  let x = h / d;
  for (let attempt = 0; attempt < 2; attempt++) {
    const ulp = x + x * TWO_M53 - x;
    if (ulp === 0) return Number.NaN;
    const p = x * d;
    const t = SPLITTER * x;
    const xh = t - (t - x);
    const xl = x - xh;
    const pe = xh * dh - p + xh * dl + xl * dh + xl * dl;
    const s = h - p;
    const r = s - pe + l;
    const margin = (Math.abs(s) + Math.abs(pe) + Math.abs(l)) * MARGIN;
    const half = d * ulp * 0.5;
    const ar = Math.abs(r);
    if (ar + margin < half) return x;
    if (ar - margin <= half) return Number.NaN;
    x = r > 0 ? x + ulp : x - ulp;
  }
  return Number.NaN;
}
var SPACES = 538976288;
var ZEROS = 808464432;
var NON_DIGIT = 1987475062;
var HIGH_BITS2 = 2155905152 | 0;
var viewBytes;
var lastView = new DataView(new ArrayBuffer(0));
function viewOf(bytes) {
  if (bytes !== viewBytes) {
    lastView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    viewBytes = bytes;
  }
  return lastView;
}
function isBlank(c) {
  return c === 32 || c === 9;
}
var slot = new Float64Array(1);
function parseDecimal(bytes, start, end) {
  return readDecimal(bytes, start, end, slot, 0) === end ? slot[0] : Number.NaN;
}
function readDecimal(bytes, start, end, out, k) {
  const view = viewOf(bytes);
  const wordEnd2 = bytes.length - 3;
  let i = start;
  while (i + 4 <= end && view.getInt32(i, true) === SPACES) i += 4;
  while (i < end && isBlank(bytes[i])) i++;
  if (i === end) return -1;
  let negative = false;
  const sign0 = bytes[i];
  if (sign0 === 45) {
    negative = true;
    i++;
  } else if (sign0 === 43) {
    i++;
  }
  let a = 0;
  let b = 0;
  let significant = 0;
  let scale = 0;
  const digitsStart = i;
  let fractionStart = -1;
  while (i < end && bytes[i] === 48) i++;
  for (; ; ) {
    for (; ; ) {
      let m;
      let v;
      let more;
      if (i < wordEnd2) {
        const x2 = view.getInt32(i, true) ^ ZEROS;
        const flags = (x2 + NON_DIGIT | 0 | x2) & HIGH_BITS2;
        m = flags === 0 ? 4 : 31 - Math.clz32(flags & -flags) >> 3;
        if (m > end - i) m = end - i;
        if (m <= 0) break;
        const y = m === 4 ? x2 : x2 << 32 - 8 * m;
        const t = Math.imul(y, 10) + (y >> 8) & 16711935;
        v = (t & 255) * 100 + (t >>> 16);
        more = m === 4;
      } else {
        const d = i < end ? bytes[i] - 48 : -1;
        if (d < 0 || d > 9) break;
        m = 1;
        v = d;
        more = true;
      }
      const total = significant + m;
      if (total <= 8) a = a * POW10[m] + v;
      else if (significant >= 8) {
        if (total > 19) return -1;
        b = b * POW10[m] + v;
      } else {
        const p = POW10[total - 8];
        const top = Math.floor(v / p);
        a = a * POW10[8 - significant] + top;
        b = v - top * p;
      }
      significant = total;
      i += m;
      if (!more) break;
    }
    if (fractionStart >= 0 || i === end || bytes[i] !== 46) break;
    fractionStart = ++i;
    if (significant === 0) while (i < end && bytes[i] === 48) i++;
  }
  let digits2 = i - digitsStart;
  if (fractionStart >= 0) {
    digits2--;
    scale = fractionStart - i;
  }
  if (digits2 === 0) return -1;
  let c = bytes[i];
  if (i < end && (c === 101 || c === 69)) {
    i++;
    let sign = 1;
    c = bytes[i];
    if (i < end && (c === 45 || c === 43)) {
      if (c === 45) sign = -1;
      i++;
    }
    const exponentStart = i;
    let e = 0;
    for (; i < end; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) break;
      if (e < 1e5) e = e * 10 + d;
    }
    if (i === exponentStart) return -1;
    scale += sign * e;
  }
  let x;
  if (significant === 0) {
    x = 0;
  } else {
    let h = a;
    let l = 0;
    if (significant > 8) {
      const big = a * POW10[significant - 8];
      h = big + b;
      l = b - (h - big);
    }
    if (l === 0) {
      if (scale === 0) x = h;
      else if (scale < 0 && scale >= -22) x = h / POW10[-scale];
      else if (scale > 0 && scale <= 22) x = h * POW10[scale];
      else return -1;
    } else if (scale === 0) {
      x = h;
    } else if (scale < 0 && scale >= -22) {
      x = divideLong(h, l, -scale);
      if (Number.isNaN(x)) return -1;
    } else return -1;
  }
  while (i < end && isBlank(bytes[i])) i++;
  out[k] = negative ? -x : x;
  return i;
}

// src/ingest/csv-ascii-rows.ts
var NEWLINE = 10;
var CR = 13;
var COMMA = 44;
var QUOTE = 34;
var PLAIN_ROWS = 4096;
function isBlank2(bytes, start, end) {
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}
function endsCell(bytes, i) {
  const c = bytes[i];
  return c === COMMA || c === NEWLINE || c === CR && bytes[i + 1] === NEWLINE;
}
function readPlainRow(bytes, pos, columns, r) {
  const n = bytes.length;
  const last = columns.length - 1;
  let i = pos;
  for (let k = 0; ; k++) {
    const column = columns[k];
    const c = bytes[i];
    let stop = i;
    if (c === COMMA || c === NEWLINE || c === CR) {
      if (last === 0) return -1;
      column[r] = Number.NaN;
    } else {
      stop = readDecimal(bytes, i, n, column, r);
      if (stop < 0) return -1;
    }
    const t = bytes[stop];
    if (k < last) {
      if (t !== COMMA) return -1;
      i = stop + 1;
    } else if (t === NEWLINE) {
      return stop + 1;
    } else {
      return t === CR && bytes[stop + 1] === NEWLINE ? stop + 2 : -1;
    }
  }
}
function plainColumns(width, bytes) {
  const rows = width === 0 ? 0 : Math.max(1, Math.min(PLAIN_ROWS, Math.ceil(bytes / width)));
  return Array.from({ length: width }, () => new Float64Array(rows));
}
function scanAsciiCsv(bytes, firstLine, sink) {
  let width = sink.width;
  let bounds = new Int32Array(width + 1);
  let numbers = new Float64Array(width);
  let columns = plainColumns(width, bytes.length);
  let capacity = columns[0]?.length ?? 0;
  let count = 0;
  const n = bytes.length;
  let line = firstLine - 1;
  let pos = 0;
  while (pos < n) {
    line++;
    if (width > 0) {
      const next2 = readPlainRow(bytes, pos, columns, count);
      if (next2 >= 0) {
        pos = next2;
        if (++count === capacity) {
          sink.plain(columns, count);
          count = 0;
        }
        continue;
      }
      if (count > 0) {
        sink.plain(columns, count);
        count = 0;
      }
    }
    let cells = 1;
    let quoted = false;
    let i = pos;
    bounds[0] = pos;
    for (; ; ) {
      if (cells <= width) {
        const stop = readDecimal(bytes, i, n, numbers, cells - 1);
        if (stop < 0) numbers[cells - 1] = Number.NaN;
        else {
          if (!endsCell(bytes, stop)) numbers[cells - 1] = Number.NaN;
          i = stop;
        }
      }
      let c = bytes[i];
      while (c !== NEWLINE && c !== COMMA) {
        if (c === QUOTE) quoted = true;
        c = bytes[++i];
      }
      if (c === NEWLINE) break;
      if (cells < width) bounds[cells] = i + 1;
      cells++;
      i++;
    }
    const next = i + 1;
    const end = i > pos && bytes[i - 1] === CR ? i - 1 : i;
    if (end === pos) {
      pos = next;
      continue;
    }
    bounds[width] = end + 1;
    const fast2 = width > 0 && cells === width && !quoted && (bytes[pos] > 32 || !isBlank2(bytes, pos, end)) && sink.row(bytes, bounds, numbers, line);
    if (!fast2) {
      sink.line(bytes, pos, end, line);
      if (sink.width !== width) {
        width = sink.width;
        bounds = new Int32Array(width + 1);
        numbers = new Float64Array(width);
        columns = plainColumns(width, n - next);
        capacity = columns[0]?.length ?? 0;
      }
    }
    pos = next;
  }
  if (count > 0) sink.plain(columns, count);
  return line - firstLine + 1;
}

// src/ingest/quote.ts
function quote(text, max = 60) {
  const cut = text.length > max ? `${text.slice(0, max)}\u2026` : text;
  return `\`${cut}\`${text.length > max ? " (truncated)" : ""}`;
}

// src/core/split-runs.ts
function splitRuns(series) {
  const { steps } = series;
  const starts = [0];
  for (let i = 1; i < steps.length; i++) {
    if (steps[i] < steps[i - 1]) starts.push(i);
  }
  if (starts.length === 1) return [series];
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? steps.length;
    const label = `run ${k + 1}`;
    return {
      name: series.name,
      metric: series.metric,
      split: series.split,
      run: series.run === void 0 ? label : `${series.run}, ${label}`,
      steps: series.steps.slice(start, end),
      values: series.values.slice(start, end),
      ...series.epochs ? { epochs: series.epochs.slice(start, end) } : {},
      ...series.wallTimes ? { wallTimes: series.wallTimes.slice(start, end) } : {}
    };
  });
}

// src/ingest/infer-split.ts
var SPLIT_WORDS = {
  train: "train",
  training: "train",
  val: "val",
  valid: "val",
  validation: "val",
  eval: "val",
  evaluation: "val",
  dev: "val",
  test: "test",
  testing: "test"
};
function splitWord(word) {
  return SPLIT_WORDS[word.toLowerCase()];
}
var PREFIX = /^([A-Za-z]+)[/_.\s-]([\s\S]+)$/;
var CAMEL_PREFIX = /^(train|training|val|valid|validation|eval|test|dev|Train|Training|Val|Valid|Validation|Eval|Test|Dev)([A-Z][A-Za-z0-9]*)$/;
var SUFFIX = /^([\s\S]+)[/_.\s-]([A-Za-z]+)$/;
var BOOKKEEPING = /^(lr|learning_rate|lr[-_].+|grad_norm|memory|time|data_time|iter_time|eta|eta_seconds|runtime|total_flos|n_parameters|num_input_tokens_seen)$|_(runtime|per_second)$/i;
function inferSplit(name) {
  let metric = name.trim();
  let split;
  const prefix = PREFIX.exec(metric);
  const word = prefix?.[1]?.toLowerCase();
  if (prefix && word !== void 0 && SPLIT_WORDS[word] !== void 0) {
    split = SPLIT_WORDS[word];
    metric = prefix[2];
  } else {
    const suffix = SUFFIX.exec(metric);
    const last = suffix?.[2]?.toLowerCase();
    if (suffix && last !== void 0 && SPLIT_WORDS[last] !== void 0) {
      split = SPLIT_WORDS[last];
      metric = suffix[1];
    } else if (word === "epoch" && prefix) {
      metric = prefix[2];
    } else {
      const camel = CAMEL_PREFIX.exec(metric);
      const first = camel?.[1];
      if (camel && first !== void 0 && camel[2] !== void 0) {
        split = SPLIT_WORDS[first.toLowerCase()];
        metric = camel[2];
      }
    }
  }
  metric = metric.replace(/_vs_iterations$/i, "").replace(/(.)_(step|epoch)$/i, "$1");
  return { split: split ?? (BOOKKEEPING.test(metric) ? "other" : "train"), metric };
}

// src/ingest/series-builder.ts
function grow(a, size) {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
var SeriesBuilder = class {
  constructor(name, metric, split) {
    this.name = name;
    this.metric = metric;
    this.split = split;
  }
  name;
  metric;
  split;
  steps = new Float64Array(64);
  values = new Float64Array(64);
  epochs;
  wallTimes;
  n = 0;
  get length() {
    return this.n;
  }
  /** Room for `size` points in all: at least double the capacity when it grows. */
  reserve(size) {
    if (size <= this.steps.length) return;
    const capacity = Math.max(size, this.steps.length * 2);
    this.steps = grow(this.steps, capacity);
    this.values = grow(this.values, capacity);
    if (this.epochs) this.epochs = grow(this.epochs, capacity);
    if (this.wallTimes) this.wallTimes = grow(this.wallTimes, capacity);
  }
  push(step, value, epoch, wallTime) {
    const i = this.n;
    if (i === this.steps.length) this.reserve(i + 1);
    this.steps[i] = step;
    this.values[i] = value;
    if (epoch !== void 0 || this.epochs) {
      this.epochs ??= new Float64Array(this.steps.length).fill(Number.NaN);
      this.epochs[i] = epoch ?? Number.NaN;
    }
    if (wallTime !== void 0 || this.wallTimes) {
      this.wallTimes ??= new Float64Array(this.steps.length).fill(Number.NaN);
      this.wallTimes[i] = wallTime ?? Number.NaN;
    }
    this.n = i + 1;
  }
  /**
   * Pushes point r, (steps[r], values[r], epochs[r]), for each r < count whose value is not NaN:
   * here NaN marks a cell without a point, and a NaN epoch is no epoch (push's undefined).
   * The same as those pushes one by one; returns how many points it pushed.
   */
  pushPresent(steps, values, epochs, count) {
    this.reserve(this.n + count);
    const start = this.n;
    let i = start;
    if (epochs === void 0 && this.epochs === void 0 && this.wallTimes === void 0) {
      const s = this.steps;
      const v = this.values;
      for (let r = 0; r < count; r++) {
        const x = values[r];
        if (Number.isNaN(x)) continue;
        s[i] = steps[r];
        v[i] = x;
        i++;
      }
      this.n = i;
    } else {
      for (let r = 0; r < count; r++) {
        const x = values[r];
        if (Number.isNaN(x)) continue;
        const epoch = epochs === void 0 || Number.isNaN(epochs[r]) ? void 0 : epochs[r];
        this.push(steps[r], x, epoch);
      }
    }
    return this.n - start;
  }
  build() {
    const n = this.n;
    const trim = n * 4 >= this.steps.length * 3 ? (a) => a.subarray(0, n) : (a) => a.slice(0, n);
    return {
      name: this.name,
      metric: this.metric,
      split: this.split,
      steps: trim(this.steps),
      values: trim(this.values),
      ...this.epochs ? { epochs: trim(this.epochs) } : {},
      ...this.wallTimes ? { wallTimes: trim(this.wallTimes) } : {}
    };
  }
};
var SeriesCollector = class {
  byName = /* @__PURE__ */ new Map();
  /** The builder for `name`, created on first use with the split and metric from the name, or as given. */
  get(name, split, metric) {
    let b = this.byName.get(name);
    if (b === void 0) {
      const inferred = inferSplit(name);
      b = new SeriesBuilder(name, metric ?? inferred.metric, split ?? inferred.split);
      this.byName.set(name, b);
    }
    return b;
  }
  /** Every series with at least one point, split into runs where the step goes backwards. */
  finish() {
    const out = [];
    for (const b of this.byName.values()) {
      if (b.length > 0) out.push(...splitRuns(b.build()));
    }
    return out;
  }
};

// src/ingest/strict-line-splitter.ts
var MAX_LINE_BYTES = 16 * 1024 * 1024;
var NEWLINE2 = 10;
var CR2 = 13;
var BOM = 65279;
var fast = new TextDecoder("utf-8", { ignoreBOM: true });
function describeBytes(n) {
  return n % (1024 * 1024) === 0 ? formatBytes(n) : `${n} bytes`;
}
var StrictLineSplitter = class {
  constructor(source, onLine, options = {}) {
    this.source = source;
    this.onLine = onLine;
    this.maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
    this.onAscii = options.onAscii;
    this.asciiText = options.asciiText;
    this.isAscii = options.isAscii ?? isAscii;
  }
  source;
  onLine;
  decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  /** Bytes of the unfinished last line, held until its newline arrives. */
  carry = [];
  carryBytes = 0;
  lines = 0;
  atStart = true;
  maxLineBytes;
  onAscii;
  asciiText;
  isAscii;
  /** Lines completed so far. */
  get lineCount() {
    return this.lines;
  }
  write(chunk) {
    for (let start = 0; start < chunk.length; start += this.maxLineBytes) {
      this.writePiece(chunk.subarray(start, Math.min(chunk.length, start + this.maxLineBytes)));
    }
  }
  end() {
    if (this.carryBytes === 0) return;
    let text = this.decode(this.takeCarry());
    if (text.charCodeAt(text.length - 1) === CR2) text = text.slice(0, -1);
    this.emit(`${text}
`);
  }
  writePiece(piece) {
    const last = piece.lastIndexOf(NEWLINE2);
    if (last === -1) {
      this.hold(piece);
      return;
    }
    let from = 0;
    if (this.carryBytes > 0) {
      const first = piece.indexOf(NEWLINE2);
      if (this.carryBytes + first > this.maxLineBytes) this.tooLong();
      this.carry.push(piece.subarray(0, first + 1));
      this.emitLines(this.takeCarry());
      from = first + 1;
    }
    if (from <= last) this.emitLines(piece.subarray(from, last + 1));
    if (last + 1 < piece.length) this.hold(piece.subarray(last + 1));
  }
  hold(bytes) {
    if (this.carryBytes + bytes.length > this.maxLineBytes) this.tooLong();
    this.carry.push(new Uint8Array(bytes));
    this.carryBytes += bytes.length;
  }
  takeCarry() {
    const parts = this.carry;
    this.carry = [];
    this.carryBytes = 0;
    return concatBytes(parts);
  }
  tooLong() {
    throw new InputError(
      `${this.source}: line ${this.lines + 1} is longer than ${describeBytes(this.maxLineBytes)}; this is not a text log`
    );
  }
  decode(bytes) {
    const text = fast.decode(bytes);
    if (!text.includes("\uFFFD")) return text;
    try {
      return this.decoder.decode(bytes);
    } catch {
      let line = this.lines + 1;
      let start = 0;
      for (; ; ) {
        const nl = bytes.indexOf(NEWLINE2, start);
        const end = nl === -1 ? bytes.length : nl;
        try {
          this.decoder.decode(bytes.subarray(start, end));
        } catch {
          break;
        }
        if (nl === -1) break;
        start = nl + 1;
        line++;
      }
      throw new InputError(
        `${this.source}: line ${line} is not valid UTF-8 text; this is not a text log (expected UTF-8 JSON or CSV)`
      );
    }
  }
  /** Emits every line of `bytes`, which end with `\n`: through onAscii when it is set and they are ASCII. */
  emitLines(bytes) {
    if (this.onAscii !== void 0 && this.isAscii(bytes)) {
      this.atStart = false;
      this.lines += this.onAscii(bytes, this.lines + 1);
      return;
    }
    if (this.asciiText !== void 0 && this.isAscii(bytes)) {
      this.atStart = false;
      this.emitAscii(bytes, this.asciiText);
      return;
    }
    this.emit(this.decode(bytes));
  }
  /** Emits every line of the ASCII `bytes`, which end with `\n`, each made by `asciiText`. */
  emitAscii(bytes, asciiText) {
    const { onLine } = this;
    for (let pos = 0; pos < bytes.length; ) {
      const nl = bytes.indexOf(NEWLINE2, pos);
      const end = nl > pos && bytes[nl - 1] === CR2 ? nl - 1 : nl;
      onLine(asciiText(bytes, pos, end), ++this.lines);
      pos = nl + 1;
    }
  }
  /** Emits every line of `text`, which ends with `\n`. */
  emit(text) {
    let pos = 0;
    if (this.atStart) {
      this.atStart = false;
      if (text.charCodeAt(0) === BOM) pos = 1;
    }
    const { onLine } = this;
    for (; ; ) {
      const nl = text.indexOf("\n", pos);
      if (nl === -1) return;
      const end = nl > pos && text.charCodeAt(nl - 1) === CR2 ? nl - 1 : nl;
      onLine(text.slice(pos, end), ++this.lines);
      pos = nl + 1;
    }
  }
};

// src/ingest/csv-table.ts
var MISSING = /* @__PURE__ */ new Set(["", "na", "n/a", "none", "null"]);
function parseCell(cell) {
  if (cell.length === 0) return void 0;
  const x = +cell;
  if (!Number.isNaN(x)) return x === 0 && cell.trim() === "" ? void 0 : x;
  const word = cell.trim().toLowerCase();
  if (MISSING.has(word)) return void 0;
  return PYTHON_FLOATS[word] ?? null;
}
function parseOtherCellBytes(bytes, bounds, k, asciiText) {
  const start = bounds[k];
  const end = bounds[k + 1] - 1;
  return start === end ? void 0 : parseCell(asciiText(bytes, start, end));
}
function createCsvParser(source, rules, options = {}) {
  const asciiText = options.asciiText ?? portableAsciiText;
  const collector = new SeriesCollector();
  const warnings = [];
  let header;
  let stepCol;
  let epochCol;
  let metrics = [];
  let rows = 0;
  let pending;
  let open3;
  let delimiter = ",";
  function onHeader(cells) {
    header = cells.map((c) => c.trim());
    const cols = rules.columns(header, source);
    stepCol = cols.step;
    epochCol = cols.epoch;
    const skip = /* @__PURE__ */ new Set([cols.step, cols.epoch, ...cols.skip ?? []]);
    metrics = header.flatMap(
      (name, index2) => skip.has(index2) || name === "" ? [] : [{ index: index2, name, points: 0, text: 0 }]
    );
    sharedNames = new Set(metrics.map((m) => m.name)).size < metrics.length;
  }
  function onRow(cells, line) {
    const width = header.length;
    if (cells.length !== width) {
      pending = `${source} line ${line}: expected ${width} cells like the header, found ${cells.length} (${quote(cells.join(","))})`;
      return;
    }
    rowCells = cells;
    pushRow(line);
  }
  let rowCells;
  let rowBytes = new Uint8Array(0);
  let rowBounds = new Int32Array(0);
  let rowNumbers = new Float64Array(0);
  const decimal = (k) => rowCells === void 0 ? rowNumbers[k] : Number.NaN;
  const other = (k) => rowCells === void 0 ? parseOtherCellBytes(rowBytes, rowBounds, k, asciiText) : parseCell(rowCells[k]);
  const index = (k) => {
    const x = decimal(k);
    return Number.isNaN(x) ? other(k) ?? void 0 : x;
  };
  const text = (k) => rowCells === void 0 ? asciiText(rowBytes, rowBounds[k], rowBounds[k + 1] - 1) : rowCells[k];
  function pushRow(line) {
    const epoch = epochCol === void 0 ? void 0 : index(epochCol);
    let step = stepCol === void 0 ? void 0 : index(stepCol);
    step ??= epoch ?? rows;
    rows++;
    for (const col of metrics) {
      let x = decimal(col.index);
      if (Number.isNaN(x)) {
        const v = other(col.index);
        if (v === void 0) continue;
        if (v === null) {
          col.text++;
          col.firstText ??= { line, cell: text(col.index) };
          continue;
        }
        x = v;
      }
      col.points++;
      col.builder ??= collector.get(col.name);
      col.builder.push(step, x, epoch);
    }
  }
  let sharedNames = false;
  let plainSteps = new Float64Array(0);
  function pushPlain(columns, count) {
    if (plainSteps.length < count) plainSteps = new Float64Array(count);
    const steps = plainSteps;
    const epochs = epochCol === void 0 ? void 0 : columns[epochCol];
    const stepCells = stepCol === void 0 ? void 0 : columns[stepCol];
    for (let r = 0; r < count; r++) {
      let step = stepCells === void 0 ? Number.NaN : stepCells[r];
      if (Number.isNaN(step) && epochs !== void 0) step = epochs[r];
      steps[r] = Number.isNaN(step) ? rows + r : step;
    }
    rows += count;
    if (sharedNames) {
      for (let r = 0; r < count; r++) {
        const epoch = epochs === void 0 || Number.isNaN(epochs[r]) ? void 0 : epochs[r];
        for (const col of metrics) {
          const x = columns[col.index][r];
          if (Number.isNaN(x)) continue;
          col.points++;
          col.builder ??= collector.get(col.name);
          col.builder.push(steps[r], x, epoch);
        }
      }
      return;
    }
    startSeries(columns, count);
    for (const col of metrics) {
      if (col.builder === void 0) continue;
      col.points += col.builder.pushPresent(steps, columns[col.index], epochs, count);
    }
  }
  function startSeries(columns, count) {
    const starts = [];
    for (const col of metrics) {
      if (col.builder !== void 0) continue;
      const cells = columns[col.index];
      let r = 0;
      while (r < count && Number.isNaN(cells[r])) r++;
      if (r < count) starts.push({ row: r, col });
    }
    starts.sort((a, b) => a.row - b.row);
    for (const { col } of starts) col.builder = collector.get(col.name);
  }
  const ascii = {
    get width() {
      return header !== void 0 && open3 === void 0 && pending === void 0 && delimiter === "," ? header.length : 0;
    },
    plain: pushPlain,
    row(bytes, bounds, numbers, line) {
      rowCells = void 0;
      rowBytes = bytes;
      rowBounds = bounds;
      rowNumbers = numbers;
      pushRow(line);
      return true;
    },
    line: (bytes, start, end, line) => onLine(asciiText(bytes, start, end), line)
  };
  function onLine(text2, line) {
    if (open3 !== void 0) {
      text2 = `${open3.text}
${text2}`;
      line = open3.line;
      open3 = void 0;
      if (text2.length > MAX_LINE_BYTES) {
        throw new InputError(
          `${source} line ${line}: a quoted cell runs on for more than 16 MiB (expected a closing ")`
        );
      }
    } else if (text2.length === 0 || text2.charCodeAt(0) <= 32 && text2.trim() === "") {
      return;
    }
    if (pending !== void 0) throw new InputError(pending);
    if (header === void 0) delimiter = csvDelimiter(text2) ?? ",";
    const cells = splitCsvRow(text2, delimiter);
    if (cells === void 0) {
      open3 = { text: text2, line };
      return;
    }
    if (header === void 0) onHeader(cells);
    else onRow(cells, line);
  }
  const lines = new StrictLineSplitter(source, onLine, {
    onAscii: options.bytes === false ? void 0 : (bytes, first) => scanAsciiCsv(bytes, first, ascii),
    isAscii: options.isAscii
  });
  return {
    write: (chunk) => lines.write(chunk),
    end() {
      lines.end();
      if (open3 !== void 0) {
        pending = `${source} line ${open3.line}: a quoted cell is never closed (expected a closing ")`;
      }
      if (pending !== void 0) {
        warnings.push(`${pending}; skipped it as the last line (the writer probably stopped mid-line)`);
      }
      if (header === void 0) {
        warnings.push(`${source} is empty: no header line, so the run logged no metrics`);
      } else {
        for (const col of metrics) {
          if (col.firstText === void 0) continue;
          if (col.points === 0) continue;
          warnings.push(
            `${source} column ${quote(col.name)}: ${col.text} cells are not numbers and were skipped (first at line ${col.firstText.line}: ${quote(col.firstText.cell)})`
          );
        }
      }
      const series = collector.finish();
      if (header !== void 0 && series.length === 0) {
        warnings.push(
          `${source} has no numeric metric column (columns: ${header.join(", ")}), so nothing to judge`
        );
      }
      return { format: rules.formatId, series, warnings };
    }
  };
}

// src/ingest/generic-csv.ts
var STEP_COLUMNS = [...STEP_KEYS, "idx", "index"];
var LOSS_COLUMN = /loss|nll|mse|mae|rmse|perplexity|ppl/i;
var NAME_CELL = /^[^:=]*$/;
var NUMBER_IN_CELL = /\d\.\d|\d{3}/;
function hasLossColumn(header) {
  if (!header.every((h) => NAME_CELL.test(h) && !NUMBER_IN_CELL.test(h))) return false;
  return header.some((h) => LOSS_COLUMN.test(h) && !/scale/i.test(h));
}
var genericCsv = {
  id: "generic-csv",
  description: "CSV or TSV with a step, epoch, iteration or global_step column, or a loss column (one row per epoch)",
  sniff(_fileName, head) {
    const header = csvHeader(head);
    if (header === void 0) return 0;
    if (findColumn(header, STEP_COLUMNS) !== void 0) return 0.2;
    return hasLossColumn(header) ? 0.18 : 0;
  },
  create: (source, options) => createCsvParser(
    source,
    {
      formatId: "generic-csv",
      columns(header) {
        const step = findColumn(header, STEP_COLUMNS);
        if (step === void 0 && !hasLossColumn(header)) {
          throw new InputError(
            `${source} line 1: expected a header with a step, global_step, iteration or epoch column, found ${quote(header.join(","))}`
          );
        }
        const epoch = findColumn(header, ["epoch"]);
        const skip = header.flatMap((h, i) => STEP_COLUMNS.includes(h.toLowerCase()) ? [i] : []);
        return { step, epoch, skip };
      }
    },
    options
  )
};

// src/ingest/field-layouts.ts
var MAX_LAYOUTS = 8;
function fits(plan, names, count) {
  if (count !== plan.length) return false;
  for (let i = 0; i < count; i++) if (names[i] !== plan[i]) return false;
  return true;
}
function distinct(names, count) {
  return new Set(names.slice(0, count)).size === count;
}
var FieldLayouts = class {
  constructor(plan) {
    this.plan = plan;
  }
  plan;
  plans = [];
  /**
   * The plan for fields named `names[0, count)`, made on first sight; undefined when a name
   * repeats (the record is then what JSON.parse makes of it, which the caller builds).
   */
  get(names, count) {
    const plans = this.plans;
    const newest = plans[0];
    if (newest !== void 0 && fits(newest.names, names, count)) return newest;
    let plan;
    const at = plans.findIndex((p) => fits(p.names, names, count));
    if (at >= 0) {
      plan = plans[at];
      plans.splice(at, 1);
    } else {
      if (!distinct(names, count)) return void 0;
      plan = this.plan(names.slice(0, count));
      if (plans.length >= MAX_LAYOUTS) plans.pop();
    }
    plans.unshift(plan);
    return plan;
  }
};

// src/ingest/json-number.ts
var EXACT_INTEGER_DIGITS = 15;
var jsonNumberValue = new Float64Array(1);
function isDigit(c) {
  return c !== void 0 && c >= 48 && c <= 57;
}
function fractionEnd(bytes, i, end) {
  if (bytes[i] === 46) {
    const point = ++i;
    while (i < end && bytes[i] >= 48 && bytes[i] <= 57) i++;
    if (i === point) return -1;
  }
  if (bytes[i] === 101 || bytes[i] === 69) {
    i++;
    if (bytes[i] === 43 || bytes[i] === 45) i++;
    const digits2 = i;
    while (i < end && bytes[i] >= 48 && bytes[i] <= 57) i++;
    if (i === digits2) return -1;
  }
  return i;
}
function readJsonNumber(bytes, i, end, asciiText) {
  const numberStart = i;
  const negative = bytes[i] === 45;
  if (negative) i++;
  const first = i;
  let integer = 0;
  for (; i < end; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) break;
    integer = integer * 10 + d;
  }
  const digits2 = i - first;
  if (digits2 === 0 || bytes[first] === 48 && digits2 > 1) return -1;
  const after = bytes[i];
  if (after !== 46 && after !== 101 && after !== 69 && digits2 <= EXACT_INTEGER_DIGITS) {
    jsonNumberValue[0] = negative ? -integer : integer;
    return i;
  }
  if (after !== 46 || isDigit(bytes[i + 1])) {
    const read2 = readDecimal(bytes, numberStart, end, jsonNumberValue, 0);
    if (read2 >= 0) return read2;
  }
  const numberEnd2 = fractionEnd(bytes, i, end);
  if (numberEnd2 < 0) return -1;
  jsonNumberValue[0] = Number(asciiText(bytes, numberStart, numberEnd2));
  return numberEnd2;
}

// src/ingest/record-template.ts
var RecordTemplate = class {
  gaps = new Uint8Array(0);
  gapsView = new DataView(new ArrayBuffer(0));
  /** A view of the bytes last read, made once per buffer (a log's chunk holds many records). */
  view = new DataView(new ArrayBuffer(0));
  viewOf;
  /** gapEnds[k]: where in `gaps` the bytes before value k end (k < count), and those after the last (k = count). */
  gapEnds = [];
  names = [];
  /** The number of values; 0 while there is no template. */
  count = 0;
  /**
   * The template of the object read from bytes[start, next), whose `count` (≥ 1) values are the
   * numbers readJsonNumber read at bytes[starts[k], ends[k]), named `names[k]`.
   */
  set(bytes, start, next, starts, ends, names, count) {
    let size = next - start;
    for (let k = 0; k < count; k++) size -= ends[k] - starts[k];
    const gaps = new Uint8Array(size);
    let at = 0;
    let from = start;
    for (let k = 0; k <= count; k++) {
      const to = k < count ? starts[k] : next;
      gaps.set(bytes.subarray(from, to), at);
      at += to - from;
      this.gapEnds[k] = at;
      if (k < count) {
        this.names[k] = names[k];
        from = ends[k];
      }
    }
    this.gaps = gaps;
    this.gapsView = new DataView(gaps.buffer);
    this.count = count;
  }
  /**
   * Reads the object at bytes[start] when its bytes are the template's gaps with JSON numbers
   * between them: its fields go to `names` / `values` (the names the template's, the values
   * readJsonNumber's) and the index after its `}` is returned. -1 when it does not fit; `names`
   * and `values` may then hold some fields, to be overwritten.
   */
  read(bytes, start, end, names, values, asciiText) {
    if (bytes !== this.viewOf) {
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.viewOf = bytes;
    }
    let i = start;
    let g = 0;
    for (let k = 0; ; k++) {
      const stop = this.gapEnds[k];
      const n = stop - g;
      if (i + n > end || !sameBytes(bytes, this.view, i, this.gaps, this.gapsView, g, n)) return -1;
      i += n;
      g = stop;
      if (k === this.count) return i;
      const c = bytes[i];
      if (c !== 45 && (c < 48 || c > 57)) return -1;
      i = readJsonNumber(bytes, i, end, asciiText);
      if (i < 0) return -1;
      names[k] = this.names[k];
      values[k] = jsonNumberValue[0];
    }
  }
};

// src/ingest/flat-json-object.ts
var QUOTE2 = 34;
var BACKSLASH = 92;
var KeyCache = class {
  constructor(asciiText) {
    this.asciiText = asciiText;
  }
  asciiText;
  /** Where the last object read ended (readFlatJsonFields). */
  next = 0;
  /**
   * The fields of the last object read by readFlatJsonFields, in order, duplicates kept:
   * `fieldNames[i]` and `fieldValues[i]` for i < `fieldCount`. Overwritten by the next read.
   */
  fieldNames = [];
  fieldValues = [];
  fieldCount = 0;
  /** The last all-numbers object read field by field, to read the next ones like it by. */
  template = new RecordTemplate();
  /** Where the value of each field of the object being read starts and ends (start −1: not a number). */
  valueStarts = [];
  valueEnds = [];
  /**
   * Objects read field by field in a row. The template is made again from the second (or when
   * there is none): train and eval records that alternate keep the train one.
   */
  withoutTemplate = 0;
  bytes = [];
  names = [];
  /**
   * Where the `index`-th key of the previous record ends (at its closing quote) when the key
   * starting at `start` is the same, else -1; its name is then `name(index)`. A cached key holds
   * no quote, backslash or control byte, so matching it also checks the key is plain.
   */
  match(bytes, start, end, index) {
    const known = this.bytes[index];
    if (known === void 0) return -1;
    const stop = start + known.length;
    if (stop >= end || bytes[stop] !== QUOTE2) return -1;
    for (let i = 0; i < known.length; i++) if (known[i] !== bytes[start + i]) return -1;
    return stop;
  }
  /** The name of the `index`-th key last made. */
  name(index) {
    return this.names[index];
  }
  /** The key at bytes[start, end) (plain ASCII), remembered as the `index`-th of its record. */
  make(bytes, start, end, index) {
    const name = Object.keys({ [this.asciiText(bytes, start, end)]: 0 })[0];
    this.bytes[index] = bytes.slice(start, end);
    this.names[index] = name;
    return name;
  }
};
function skipBlanks(bytes, i, end, lines = false) {
  for (; i < end; i++) {
    const c = bytes[i];
    if (c !== 32 && c !== 9 && !(lines && (c === 10 || c === 13))) break;
  }
  return i;
}
function isWordAt(bytes, i, end, word) {
  if (i + word.length > end) return false;
  for (let k = 0; k < word.length; k++) if (bytes[i + k] !== word.charCodeAt(k)) return false;
  return true;
}
function jsonNumberEnd(bytes, i, end) {
  if (bytes[i] === 45) i++;
  const first = i;
  while (i < end && bytes[i] >= 48 && bytes[i] <= 57) i++;
  if (i === first || bytes[first] === 48 && i - first > 1) return -1;
  return fractionEnd(bytes, i, end);
}
function flatObjectLineEnd(bytes, start, keys) {
  if (!readFlatJsonFields(bytes, start, bytes.length, keys, false)) return -1;
  const i = skipBlanks(bytes, keys.next, bytes.length);
  if (bytes[i] === 10) return i;
  return bytes[i] === 13 && bytes[i + 1] === 10 ? i + 1 : -1;
}
function readFlatJsonFields(bytes, start, end, keys, lines) {
  const template = keys.template;
  if (template.count > 0) {
    const next = template.read(bytes, start, end, keys.fieldNames, keys.fieldValues, keys.asciiText);
    if (next >= 0) {
      keys.fieldCount = template.count;
      keys.next = next;
      keys.withoutTemplate = 0;
      return true;
    }
  }
  let i = skipBlanks(bytes, start, end, lines);
  if (bytes[i] !== 123) return false;
  i = skipBlanks(bytes, i + 1, end, lines);
  keys.fieldCount = 0;
  if (bytes[i] === 125) {
    keys.next = i + 1;
    return true;
  }
  for (let index = 0; ; index++) {
    if (bytes[i] !== QUOTE2) return false;
    const keyStart = ++i;
    let key;
    const known = keys.match(bytes, keyStart, end, index);
    if (known >= 0) {
      key = keys.name(index);
      i = known;
    } else {
      while (i < end && bytes[i] !== QUOTE2) {
        const c2 = bytes[i];
        if (c2 === BACKSLASH || c2 < 32 || c2 >= 128) return false;
        i++;
      }
      if (i === end) return false;
      const keyEnd = i;
      const lead = bytes[keyStart];
      if (lead >= 48 && lead <= 57) return false;
      if (lead === 95 && isWordAt(bytes, keyStart, keyEnd, "__proto__") && keyEnd - keyStart === 9)
        return false;
      key = keys.make(bytes, keyStart, keyEnd, index);
    }
    i = skipBlanks(bytes, i + 1, end, lines);
    if (bytes[i] !== 58) return false;
    i = skipBlanks(bytes, i + 1, end, lines);
    const c = bytes[i];
    let value;
    keys.valueStarts[index] = -1;
    if (c === QUOTE2) {
      const valueStart = ++i;
      while (i < end && bytes[i] !== QUOTE2) {
        const d = bytes[i];
        if (d === BACKSLASH || d < 32 || d >= 128) return false;
        i++;
      }
      if (i === end) return false;
      value = keys.asciiText(bytes, valueStart, i);
      i++;
    } else if (c === 45 && bytes[i + 1] === 73) {
      if (!isWordAt(bytes, i, end, "-Infinity")) return false;
      value = Number.NEGATIVE_INFINITY;
      i += 9;
    } else if (c === 45 || c !== void 0 && c >= 48 && c <= 57) {
      const numberEnd2 = readJsonNumber(bytes, i, end, keys.asciiText);
      if (numberEnd2 < 0) return false;
      value = jsonNumberValue[0];
      keys.valueStarts[index] = i;
      keys.valueEnds[index] = numberEnd2;
      i = numberEnd2;
    } else if (c === 78 && isWordAt(bytes, i, end, "NaN")) {
      value = Number.NaN;
      i += 3;
    } else if (c === 73 && isWordAt(bytes, i, end, "Infinity")) {
      value = Number.POSITIVE_INFINITY;
      i += 8;
    } else if (c === 116 && isWordAt(bytes, i, end, "true")) {
      value = true;
      i += 4;
    } else if (c === 102 && isWordAt(bytes, i, end, "false")) {
      value = false;
      i += 5;
    } else if (c === 110 && isWordAt(bytes, i, end, "null")) {
      value = null;
      i += 4;
    } else {
      return false;
    }
    keys.fieldNames[index] = key;
    keys.fieldValues[index] = value;
    keys.fieldCount = index + 1;
    i = skipBlanks(bytes, i, end, lines);
    if (bytes[i] === 44) {
      i = skipBlanks(bytes, i + 1, end, lines);
      continue;
    }
    if (bytes[i] !== 125) return false;
    keys.next = i + 1;
    keys.withoutTemplate++;
    if (template.count === 0 || keys.withoutTemplate >= 2) remember(bytes, start, keys);
    return true;
  }
}
function remember(bytes, start, keys) {
  const count = keys.fieldCount;
  for (let k = 0; k < count; k++) if (keys.valueStarts[k] < 0) return;
  keys.template.set(bytes, start, keys.next, keys.valueStarts, keys.valueEnds, keys.fieldNames, count);
}

// src/ingest/trainer-state-bytes.ts
var MAX_DEPTH = 64;
function skipSpace(b, i, end) {
  for (; i < end; i++) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return i;
}
function stringEnd(b, i, end) {
  if (b[i] !== 34) return -1;
  for (i++; i < end; i++) {
    const c = b[i];
    if (c === 34) return i + 1;
    if (c < 32 || c >= 128) return -1;
    if (c === 92) {
      const e = b[++i];
      if (e === 117) {
        for (let k = 1; k <= 4; k++) {
          const h = b[i + k] | 32;
          if (!(h >= 48 && h <= 57 || h >= 97 && h <= 102)) return -1;
        }
        i += 4;
      } else if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) {
        return -1;
      }
    }
  }
  return -1;
}
function literalEnd(b, i, end, word) {
  if (i + word.length > end) return -1;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return -1;
  return i + word.length;
}
function valueEnd(b, i, end, depth) {
  const c = b[i];
  if (c === 34) return stringEnd(b, i, end);
  if (c === 45 || c !== void 0 && c >= 48 && c <= 57) return jsonNumberEnd(b, i, end);
  if (c === 116) return literalEnd(b, i, end, "true");
  if (c === 102) return literalEnd(b, i, end, "false");
  if (c === 110) return literalEnd(b, i, end, "null");
  if (c !== 123 && c !== 91 || depth >= MAX_DEPTH) return -1;
  const close = c === 123 ? 125 : 93;
  i = skipSpace(b, i + 1, end);
  if (b[i] === close) return i + 1;
  for (; ; ) {
    if (c === 123) {
      i = stringEnd(b, i, end);
      if (i < 0) return -1;
      i = skipSpace(b, i, end);
      if (b[i] !== 58) return -1;
      i = skipSpace(b, i + 1, end);
    }
    i = valueEnd(b, i, end, depth + 1);
    if (i < 0) return -1;
    i = skipSpace(b, i, end);
    if (b[i] === close) return i + 1;
    if (b[i] !== 44) return -1;
    i = skipSpace(b, i + 1, end);
  }
}
var LOG_HISTORY = new TextEncoder().encode('"log_history"');
function isLogHistoryKey(b, start, stop) {
  if (stop - start !== LOG_HISTORY.length) return false;
  for (let k = 0; k < LOG_HISTORY.length; k++) if (b[start + k] !== LOG_HISTORY[k]) return false;
  return true;
}
function readTrainerStateBytes(b, history, asciiText = portableAsciiText) {
  const end = b.length;
  const keys = new KeyCache(asciiText);
  let seen = false;
  let i = skipSpace(b, 0, end);
  if (b[i] !== 123) return false;
  i = skipSpace(b, i + 1, end);
  if (b[i] !== 125) {
    for (; ; ) {
      const keyStart = i;
      i = stringEnd(b, i, end);
      if (i < 0) return false;
      const isHistory = isLogHistoryKey(b, keyStart, i);
      i = skipSpace(b, i, end);
      if (b[i] !== 58) return false;
      i = skipSpace(b, i + 1, end);
      if (isHistory) {
        if (seen || b[i] !== 91) return false;
        seen = true;
        i = skipSpace(b, i + 1, end);
        if (b[i] !== 93) {
          for (let n = 0; ; n++) {
            if (!readFlatJsonFields(b, i, end, keys, true)) return false;
            history.addFields(keys.fieldNames, keys.fieldValues, keys.fieldCount, n);
            i = skipSpace(b, keys.next, end);
            if (b[i] === 93) break;
            if (b[i] !== 44) return false;
            i++;
          }
        }
        i++;
      } else {
        i = valueEnd(b, i, end, 1);
        if (i < 0) return false;
      }
      i = skipSpace(b, i, end);
      if (b[i] === 125) break;
      if (b[i] !== 44) return false;
      i = skipSpace(b, i + 1, end);
    }
  }
  return seen && skipSpace(b, i + 1, end) === end;
}

// src/ingest/hf-trainer-state.ts
var MAX_TRAINER_STATE_BYTES = 512 * 1024 * 1024;
var NOT_METRICS = /* @__PURE__ */ new Set(["step", "epoch", "total_flos", "num_input_tokens_seen"]);
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `${typeof value} ${quote(String(value))}`;
}
var EntryPlan = class {
  constructor(names) {
    this.names = names;
    const has = (key) => names.includes(key);
    this.summary = has("train_runtime") || has("train_loss") && !has("loss");
    this.epoch = names.indexOf("epoch");
    this.step = names.indexOf("step");
    this.metrics = names.flatMap((k, i) => NOT_METRICS.has(k) ? [] : [i]);
  }
  names;
  /**
   * The Trainer's final summary (train_loss = mean loss over the run, train_runtime ...) is
   * one number for the whole run, not a point on the curve; it is left out.
   */
  summary;
  epoch;
  step;
  /** The fields that can be curves, in order, and the series of each, made on first use. */
  metrics;
  builders = [];
};
var LogHistory = class {
  collector = new SeriesCollector();
  layouts = new FieldLayouts((names) => new EntryPlan(names));
  /** The points of log_history[i], a parsed object. */
  addObject(e, i) {
    const names = Object.keys(e);
    this.addFields(names, Object.values(e), names.length, i);
  }
  /**
   * The points of log_history[i], given as its fields in order (keys distinct, or repeated as
   * the document wrote them: then the entry is what JSON.parse makes of them).
   */
  addFields(names, values, count, i) {
    const plan = this.layouts.get(names, count);
    if (plan === void 0) {
      const e2 = {};
      for (let k = 0; k < count; k++) e2[names[k]] = values[k];
      this.addObject(e2, i);
      return;
    }
    if (plan.summary) return;
    const e = plan.epoch >= 0 ? values[plan.epoch] : void 0;
    const epoch = typeof e === "number" ? e : void 0;
    const s = plan.step >= 0 ? values[plan.step] : void 0;
    const step = typeof s === "number" ? s : epoch ?? i;
    for (const k of plan.metrics) {
      const v = values[k];
      if (typeof v !== "number") continue;
      let b = plan.builders[k];
      if (b === void 0) {
        b = this.collector.get(names[k]);
        plan.builders[k] = b;
      }
      b.push(step, v, epoch);
    }
  }
  /** Every series with at least one point (SeriesCollector.finish). */
  finish() {
    return this.collector.finish();
  }
};
function parseDocument(source, bytes, asciiText) {
  const fast2 = new LogHistory();
  if (readTrainerStateBytes(bytes, fast2, asciiText)) {
    const series2 = fast2.finish();
    if (series2.length > 0) return { format: "hf-trainer-state", series: series2, warnings: [] };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${source}: not valid UTF-8 text; expected a Hugging Face trainer_state.json`);
  }
  const parsed = parseLenientJson(text);
  if (!parsed.ok) {
    throw new InputError(
      `${source} line ${parsed.line}: expected one JSON document (a Hugging Face trainer_state.json), but it does not parse: column ${parsed.column}: ${parsed.problem}`
    );
  }
  const doc = parsed.value;
  const history = doc?.log_history;
  if (typeof doc !== "object" || doc === null || !Array.isArray(history)) {
    throw new InputError(
      `${source}: expected a Hugging Face trainer_state.json, an object with a \`log_history\` list; found ${typeof doc !== "object" || doc === null || Array.isArray(doc) ? describe(doc) : history === void 0 ? "no `log_history`" : `log_history ${describe(history)}`}`
    );
  }
  const log = new LogHistory();
  const warnings = [];
  history.forEach((entry, i) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      warnings.push(`${source}: log_history[${i}] is ${describe(entry)}, not an object; skipped`);
      return;
    }
    log.addObject(entry, i);
  });
  const series = log.finish();
  if (series.length === 0) {
    const d = doc;
    warnings.push(
      `${source}: log_history holds no metrics (global_step ${String(d.global_step)}, logging_steps ${String(d.logging_steps)}); the Trainer logs every logging_steps steps, so lower logging_steps or train longer`
    );
  }
  return { format: "hf-trainer-state", series, warnings };
}
var hfTrainerState = {
  id: "hf-trainer-state",
  description: "Hugging Face Trainer trainer_state.json (log_history)",
  sniff(fileName, head) {
    if (fileName.toLowerCase().endsWith("trainer_state.json")) return 0.9;
    const text = headText(head);
    return text?.trimStart().startsWith("{") && text.includes('"log_history"') ? 0.85 : 0;
  },
  create(source, options) {
    const chunks = [];
    let size = 0;
    return {
      write(chunk) {
        size += chunk.length;
        if (size > MAX_TRAINER_STATE_BYTES) {
          throw new InputError(
            `${source} is larger than 512 MiB; a trainer_state.json is far smaller, so this is not one (point trainspotter at the checkpoint's trainer_state.json)`
          );
        }
        chunks.push(chunk);
      },
      end() {
        const bytes = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          bytes.set(c, at);
          at += c.length;
        }
        chunks.length = 0;
        return parseDocument(source, bytes, options?.asciiText);
      }
    };
  }
};

// src/ingest/jsonl.ts
var RESERVED = /* @__PURE__ */ new Set([...STEP_KEYS, "wall_time", "timestamp", "split", "mode"]);
var MIN_UNIX_SECONDS = 1e8;
var MIN_UNIX_MS = 1e11;
function numberValue(v) {
  return typeof v === "number" ? v : void 0;
}
var FieldPlan = class {
  constructor(names) {
    this.names = names;
    const at = (key) => names.indexOf(key);
    this.epoch = at("epoch");
    this.split = at("split");
    this.mode = at("mode");
    this.steps = ["step", "global_step", "iteration", "iter"].map(at).filter((i) => i >= 0);
    this.wallTimes = ["wall_time", "timestamp", "time"].map(at).filter((i) => i >= 0);
    this.metrics = names.flatMap((k, i) => RESERVED.has(k) ? [] : [i]);
    this.time = names.map((k) => k === "time");
  }
  names;
  epoch;
  split;
  mode;
  /** Those of step, global_step, iteration, iter present: the first number among them is the step. */
  steps;
  /** Those of wall_time, timestamp, time present: the first number among them is the wall time. */
  wallTimes;
  /** The fields that can be metrics (not reserved keys), in order; whether field i is `time`. */
  metrics;
  time;
  /** Builders of the unsplit series of field i, made on first use. */
  builders = [];
};
function firstNumber(values, indices) {
  for (const i of indices) {
    const v = values[i];
    if (typeof v === "number") return v;
  }
  return void 0;
}
var EpochLocalSteps = class {
  bySplit = /* @__PURE__ */ new Map();
  /** The split of the last record and its state: most files hold one split, or alternate few. */
  lastSplit;
  lastState;
  step(split, step, epoch) {
    let s = split === this.lastSplit ? this.lastState : this.bySplit.get(split);
    if (s === void 0) {
      s = { epoch, last: step, offset: 0 };
      this.bySplit.set(split, s);
      this.lastSplit = split;
      this.lastState = s;
      return step;
    }
    this.lastSplit = split;
    this.lastState = s;
    if (epoch > s.epoch && step < s.last) s.offset += s.last;
    s.epoch = epoch;
    s.last = step;
    return step + s.offset;
  }
};
var JsonlParser = class {
  constructor(source, options = {}) {
    this.source = source;
    this.keys = new KeyCache(options.asciiText ?? portableAsciiText);
    this.lines = new StrictLineSplitter(source, (line, n) => this.onLine(line, n), {
      onAscii: options.bytes === false ? void 0 : (bytes, first) => this.onAscii(bytes, first),
      isAscii: options.isAscii
    });
  }
  source;
  lines;
  collector = new SeriesCollector();
  withSplit = /* @__PURE__ */ new Map();
  epochLocal = new EpochLocalSteps();
  warnings = [];
  records = 0;
  pending;
  keys;
  /**
   * The fast path for ASCII lines: a flat object is read from its bytes (readFlatJsonFields);
   * any other line goes the text way, in order.
   */
  onAscii(bytes, first) {
    const keys = this.keys;
    let n = first - 1;
    for (let pos = 0; pos < bytes.length; ) {
      n++;
      let nl = this.pending === void 0 ? flatObjectLineEnd(bytes, pos, keys) : -1;
      const flat = nl >= 0;
      if (!flat) nl = bytes.indexOf(10, pos);
      if (flat && this.batch.length > 0) this.flush();
      if (!flat || this.pending !== void 0) {
        const end = nl > pos && bytes[nl - 1] === 13 ? nl - 1 : nl;
        this.onLine(keys.asciiText(bytes, pos, end), n);
      } else this.fields(keys.fieldNames, keys.fieldValues, keys.fieldCount);
      pos = nl + 1;
    }
    return n - first + 1;
  }
  write(chunk) {
    this.lines.write(chunk);
  }
  end() {
    this.lines.end();
    this.flush();
    if (this.pending !== void 0) {
      this.warnings.push(
        `${this.pending}; skipped it as the last line (the writer probably stopped mid-line)`
      );
    }
    const series = this.collector.finish();
    if (series.length === 0) {
      this.warnings.push(
        `${this.source} holds no numeric metric (expected lines like {"step": 100, "loss": 0.42}), so nothing to judge`
      );
    }
    return { format: "jsonl", series, warnings: this.warnings };
  }
  /** Lines waiting to be parsed together: one JSON.parse of many lines costs far less than many. */
  batch = [];
  batchLines = [];
  onLine(line, n) {
    if (line.length === 0 || line.charCodeAt(0) <= 32 && line.trim() === "") return;
    this.batch.push(line);
    this.batchLines.push(n);
    if (this.batch.length >= BATCH_LINES) this.flush();
  }
  /**
   * Parses the waiting lines as one JSON array; when that fails (a bare NaN, a bad line) or
   * yields anything but one object per line, each line is parsed on its own, in order, so
   * errors still name their line.
   */
  flush() {
    const lines = this.batch;
    const numbers = this.batchLines;
    if (lines.length === 0) return;
    this.batch = [];
    this.batchLines = [];
    if (this.pending === void 0) {
      let parsed;
      try {
        parsed = JSON.parse(`[${lines.join(",")}]`);
      } catch {
        parsed = void 0;
      }
      if (Array.isArray(parsed) && parsed.length === lines.length && parsed.every(isMapping)) {
        for (const r of parsed) this.record(r);
        return;
      }
    }
    for (let i = 0; i < lines.length; i++) this.parseLine(lines[i], numbers[i]);
  }
  parseLine(line, n) {
    if (this.pending !== void 0) throw new InputError(this.pending);
    const parsed = parseLenientJson(line);
    if (!parsed.ok) {
      this.pending = `${this.source} line ${n}: expected one JSON object per line, found ${quote(line)} (column ${parsed.column}: ${parsed.problem})`;
      return;
    }
    const record = parsed.value;
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      throw new InputError(
        `${this.source} line ${n}: expected a JSON object like {"step": 100, "loss": 0.42}, found ${quote(line)}`
      );
    }
    this.record(record);
  }
  record(r) {
    const names = Object.keys(r);
    this.fields(names, Object.values(r), names.length);
  }
  layouts = new FieldLayouts((names) => new FieldPlan(names));
  /**
   * One record given as its fields in order (keys distinct, or repeated as the line wrote them:
   * then the record is what JSON.parse makes of them). The keys that place it are found once per
   * layout of keys (FieldPlan), not looked up by name on every record.
   */
  fields(names, values, count) {
    const plan = this.layouts.get(names, count);
    if (plan === void 0) {
      const r = {};
      for (let i = 0; i < count; i++) r[names[i]] = values[i];
      this.record(r);
      return;
    }
    const epoch = plan.epoch >= 0 ? numberValue(values[plan.epoch]) : void 0;
    const split = plan.split >= 0 ? values[plan.split] : void 0;
    const mode = plan.mode >= 0 ? values[plan.mode] : void 0;
    const splitName = typeof split === "string" ? split : typeof mode === "string" ? mode : void 0;
    let step = firstNumber(values, plan.steps);
    if (step !== void 0 && epoch !== void 0) step = this.epochLocal.step(splitName ?? "", step, epoch);
    step ??= epoch ?? this.records;
    const t = firstNumber(values, plan.wallTimes);
    const wallTime = t === void 0 || !(t >= MIN_UNIX_SECONDS) ? void 0 : t >= MIN_UNIX_MS ? t / 1e3 : t;
    let any = false;
    for (const i of plan.metrics) {
      const v = values[i];
      if (typeof v !== "number") continue;
      if (plan.time[i] && wallTime !== void 0) continue;
      const key = names[i];
      let b = splitName === void 0 ? plan.builders[i] : this.builderWithSplit(splitName, key);
      if (b === void 0) {
        b = this.collector.get(key);
        plan.builders[i] = b;
      }
      b.push(step, v, epoch, wallTime);
      any = true;
    }
    if (any) this.records++;
  }
  /**
   * The series of `key` in records marked `"mode": "val"` (mmdetection) or `"split": ...`.
   * Named `val/key` unless the key already says its split, so names stay unique in the file.
   */
  builderWithSplit(splitName, key) {
    const id = `${splitName}\0${key}`;
    let b = this.withSplit.get(id);
    if (b === void 0) {
      const split = splitWord(splitName) ?? "other";
      const inferred = inferSplit(key);
      const name = split === "train" || inferred.split === split ? key : `${splitName}/${key}`;
      b = this.collector.get(name, inferred.split === "other" ? "other" : split, inferred.metric);
      this.withSplit.set(id, b);
    }
    return b;
  }
};
var BATCH_LINES = 2048;
function createJsonlParser(source, options = {}) {
  return new JsonlParser(source, options);
}
var jsonl = {
  id: "jsonl",
  description: 'JSON lines, one object per line: {"step": 100, "loss": 0.42, "val_loss": 0.51}',
  sniff(fileName, head) {
    const text = headText(head);
    if (text === void 0) return 0;
    const start = text.search(/\S/);
    const bonus = /\.jsonl$/i.test(fileName) ? 0.1 : 0;
    if (start === -1) return bonus > 0 ? 0.5 : 0;
    if (text[start] !== "{") return 0;
    const nl = text.indexOf("\n", start);
    const line = (nl === -1 ? text.slice(start) : text.slice(start, nl)).trim();
    if (line === "{") return 0;
    if (nl === -1 && head.length >= 65536) return 0.5 + bonus;
    const r = parseLenientJson(line);
    if (!r.ok) return bonus === 0 && /^\{\s*'/.test(line) ? 0.1 : 0.3 + bonus;
    return typeof r.value === "object" && r.value !== null && !Array.isArray(r.value) ? 0.8 + bonus : 0;
  },
  create: (source, options) => createJsonlParser(source, options)
};

// src/ingest/keras-csv.ts
var kerasCsv = {
  id: "keras-csv",
  description: "Keras CSVLogger file (first column `epoch`)",
  sniff(_fileName, head) {
    const header = csvHeader(head);
    if (header === void 0 || header[0] !== "epoch" || header.includes("step")) return 0;
    return header.some((h) => h === "loss" || h.startsWith("val_")) ? 0.7 : 0.4;
  },
  create: (source, options) => createCsvParser(
    source,
    {
      formatId: "keras-csv",
      columns(header) {
        if (header[0]?.toLowerCase() !== "epoch") {
          throw new InputError(
            `${source} line 1: expected a header starting with \`epoch\`, as Keras' CSVLogger writes, found ${quote(header.join(","))}`
          );
        }
        return { step: 0, epoch: 0 };
      }
    },
    options
  )
};

// src/ingest/lightning-csv.ts
var lightningCsv = {
  id: "lightning-csv",
  description: "PyTorch Lightning CSVLogger metrics.csv",
  sniff(fileName, head) {
    const named = fileName.toLowerCase().endsWith("metrics.csv");
    const header = csvHeader(head);
    if (header === void 0) return named && headText(head)?.trim() === "" ? 0.5 : 0;
    const hasStep = header.includes("step");
    const hasEpoch = header.includes("epoch");
    if (named && (hasStep || hasEpoch)) return 0.9;
    return hasStep && hasEpoch ? 0.6 : 0;
  },
  create: (source, options) => createCsvParser(
    source,
    {
      formatId: "lightning-csv",
      columns(header) {
        const step = findColumn(header, ["step"]);
        const epoch = findColumn(header, ["epoch"]);
        if (step === void 0 && epoch === void 0) {
          throw new InputError(
            `${source} line 1: expected a header with a \`step\` or \`epoch\` column, as PyTorch Lightning's CSVLogger writes, found ${quote(header.join(","))}`
          );
        }
        return { step, epoch };
      }
    },
    options
  )
};

// src/ingest/printed-coco.ts
var ROW = /^\s*Average (?:Precision|Recall)\s+\((AP|AR)\)\s+@\[\s*IoU=\s*([0-9.]+)(?::([0-9.]+))?\s*\|\s*area=\s*([A-Za-z]+)\s*\|\s*maxDets=\s*(\d+)\s*\]\s*=\s*(-?[0-9]*\.?[0-9]+)/;
var TYPE = /IoU metric: (\w+)|Evaluate annotation type \*(\w+)\*|Evaluating (bbox|segm|keypoints|proposal)\.\.\./;
var AREAS = { all: "", small: "s", medium: "m", large: "l" };
function mayBeCocoRow(line) {
  return line.includes("maxDets");
}
function cocoTableType(line) {
  if (!line.includes("IoU metric") && !line.includes("annotation type") && !line.includes("Evaluating ")) {
    return void 0;
  }
  const m = TYPE.exec(line);
  return m === null ? void 0 : m[1] ?? m[2] ?? m[3];
}
function hundredths(text) {
  return String(Math.round(Number(text) * 100));
}
function cocoRow(line, type) {
  const m = ROW.exec(line);
  if (m === null) return void 0;
  const [, kind, from, to, area, maxDets, valueText] = m;
  const value = Number(valueText);
  if (value < 0) return "skip";
  let iou = "";
  if (to === void 0) iou = hundredths(from);
  else if (!(Number(from) === 0.5 && Number(to) === 0.95)) iou = `${hundredths(from)}_${hundredths(to)}`;
  const size = AREAS[area] ?? `_${area}`;
  const limit = kind === "AR" && size === "" && iou === "" ? maxDets : "";
  const name = `${kind}${iou}${size}${limit}`;
  return { name: type === void 0 ? name : `${type} ${name}`, value };
}

// src/ingest/printed-tokens.ts
var NONE = 0;
var WORD = 1;
var NUM = 2;
var FRAC = 3;
var JUNK = 4;
var DELIM = 5;
var MAX_TOKENS = 1024;
var LineTokens = class {
  /** Two more than MAX_TOKENS: the two kinds after the last token are NONE (see `endTokens`). */
  kind = new Uint8Array(MAX_TOKENS + 2);
  start = new Int32Array(MAX_TOKENS);
  end = new Int32Array(MAX_TOKENS);
  value = new Float64Array(MAX_TOKENS);
  value2 = new Float64Array(MAX_TOKENS);
  gap = new Uint8Array(MAX_TOKENS);
  count = 0;
  line = "";
  /**
   * Two 32-bit hashes of the line's shape: the kinds, spacing, words and punctuation of its
   * tokens, not its numbers. Lines of one shape (every print of one logging call) hash alike.
   */
  hash1 = 0;
  hash2 = 0;
  /** The text of token i. */
  text(i) {
    return this.line.slice(this.start[i], this.end[i]);
  }
  /** Whether token i is the delimiter `ch` (a character code). */
  isDelim(i, ch) {
    return i >= 0 && this.kind[i] === DELIM && this.value[i] === ch;
  }
};
var isDigit2 = (c) => c >= 48 && c <= 57;
var isLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isSpace = (c) => c === 32 || c === 9;
function specialNumber(line, s, e) {
  const n = e - s;
  if (n !== 3 && n !== 8) return void 0;
  const w = line.slice(s, e).toLowerCase();
  if (w === "nan") return Number.NaN;
  if (w === "inf" || w === "infinity") return Number.POSITIVE_INFINITY;
  return void 0;
}
var POW102 = Array.from({ length: 23 }, (_, i) => 10 ** i);
function numberValue2(line, s, e) {
  let i = s;
  let negative = false;
  const sign = line.charCodeAt(i);
  if (sign === 45 || sign === 43) {
    negative = sign === 45;
    i++;
  }
  let mantissa = 0;
  let digitsSeen = 0;
  let scale = -1;
  for (; i < e; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digitsSeen++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) {
      scale = 0;
    } else if (c === 44) {
    } else {
      break;
    }
  }
  if (i === e && digitsSeen > 0 && digitsSeen <= 15) {
    const v = scale > 0 ? mantissa / POW102[scale] : mantissa;
    return negative ? -v : v;
  }
  const text = line.slice(s, e);
  return text.includes(",") ? +text.replaceAll(",", "") : +text;
}
function digits(line, i) {
  while (i < line.length && isDigit2(line.charCodeAt(i))) i++;
  return i;
}
function numberEnd(line, i) {
  const from = i;
  i = digits(line, i);
  if (i - from <= 3) {
    while (line.charCodeAt(i) === 44 && isDigit2(line.charCodeAt(i + 1)) && isDigit2(line.charCodeAt(i + 2)) && isDigit2(line.charCodeAt(i + 3)) && !isDigit2(line.charCodeAt(i + 4)) && line.charCodeAt(i + 4) !== 46) {
      i += 4;
    }
  }
  if (line.charCodeAt(i) === 46 && isDigit2(line.charCodeAt(i + 1))) i = digits(line, i + 1);
  else if (line.charCodeAt(i) === 46 && !isLetter(line.charCodeAt(i + 1))) i++;
  const e = line.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    const sign = line.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (isDigit2(line.charCodeAt(j))) i = digits(line, j);
  }
  return i;
}
function wordEnd(line, i) {
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isLetter(c) || isDigit2(c) || c === 64) {
      i++;
    } else if ((c === 46 || c === 47 || c === 45) && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (isLetter(d) || c !== 45 && isDigit2(d)) i++;
      else break;
    } else {
      break;
    }
  }
  return i;
}
function endsJunk(c) {
  return isSpace(c) || c === 44 || c === 59 || c === 124 || c === 93 || c === 41 || c === 125 || c === 39 || c === 34 || c === 60 || c === 62 || c === 91 || c === 40;
}
function junkEnd(line, i) {
  const n = line.length;
  while (i < n && !endsJunk(line.charCodeAt(i))) i++;
  return i;
}
function timed(line, e, after) {
  const u = after === 109 && line.charCodeAt(e + 1) === 115 ? e + 2 : after === 115 ? e + 1 : -1;
  if (u < 0) return false;
  const c = u < line.length ? line.charCodeAt(u) : 32;
  return !isLetter(c) && !isDigit2(c) && c !== 47 && c !== 95;
}
function keyed(t, j, millis) {
  return t.kind[j] === DELIM && (t.value[j] === 58 || t.value[j] === 61) && t.gap[j] === 0 && j > 0 && t.kind[j - 1] === WORD && (millis || t.text(j - 1).toLowerCase().includes("time"));
}
function tokenize(line, t) {
  t.line = line;
  let k = 0;
  let i = 0;
  const n = line.length;
  let gap = 1;
  t.hash1 = 2166136261;
  t.hash2 = 2538058380;
  let folded = 0;
  while (i < n && k < MAX_TOKENS) {
    while (folded < k - 2) foldToken(t, folded++);
    const c = line.charCodeAt(i);
    if (isSpace(c)) {
      gap = 1;
      i++;
      continue;
    }
    t.gap[k] = gap;
    gap = 0;
    t.start[k] = i;
    const next = i + 1 < n ? line.charCodeAt(i + 1) : 0;
    const signed = (c === 45 || c === 43) && (isDigit2(next) || next === 46 && isDigit2(line.charCodeAt(i + 2)));
    const signedWord = c === 45 && (next === 110 || next === 78 || next === 105 || next === 73);
    if (isDigit2(c) || c === 46 && isDigit2(next) || signed) {
      const from = signed ? i + 1 : i;
      let e = numberEnd(line, from);
      const after = e < n ? line.charCodeAt(e) : 0;
      if (after === 47 && isDigit2(line.charCodeAt(e + 1))) {
        const e2 = numberEnd(line, e + 1);
        const after2 = e2 < n ? line.charCodeAt(e2) : 0;
        if (after2 === 47 || isLetter(after2) || after2 === 58 || after2 === 45) {
          t.kind[k] = JUNK;
          e = junkEnd(line, e2);
        } else {
          t.kind[k] = FRAC;
          t.value[k] = numberValue2(line, i, e);
          t.value2[k] = numberValue2(line, e + 1, e2);
          e = e2;
        }
      } else if (after === 37) {
        t.kind[k] = NUM;
        t.value[k] = numberValue2(line, i, e);
        e++;
      } else if (timed(line, e, after) && k > 0 && t.gap[k] === 0 && keyed(t, k - 1, after === 109)) {
        t.kind[k] = NUM;
        t.value[k] = numberValue2(line, i, e);
        e += after === 109 ? 2 : 1;
      } else if (isLetter(after) || after === 58 && isDigit2(line.charCodeAt(e + 1)) || after === 45 && isDigit2(line.charCodeAt(e + 1)) || after === 46 && isDigit2(line.charCodeAt(e + 1))) {
        t.kind[k] = JUNK;
        e = junkEnd(line, e);
      } else {
        t.kind[k] = NUM;
        t.value[k] = numberValue2(line, i, e);
        if (k >= 2 && t.kind[k - 1] === DELIM && t.value[k - 1] === 47 && t.kind[k - 2] === NUM) {
          k -= 2;
          t.kind[k] = FRAC;
          t.value2[k] = numberValue2(line, i, e);
        }
      }
      t.end[k] = e;
      i = e;
    } else if (isLetter(c) || signedWord) {
      const from = signedWord ? i + 1 : i;
      const e = wordEnd(line, from);
      const special = e > from ? specialNumber(line, from, e) : void 0;
      if (special !== void 0) {
        t.kind[k] = NUM;
        t.value[k] = signedWord ? -special : special;
      } else if (signedWord) {
        t.kind[k] = DELIM;
        t.value[k] = c;
        t.end[k] = i + 1;
        i++;
        k++;
        continue;
      } else {
        t.kind[k] = WORD;
      }
      t.end[k] = e;
      i = e;
    } else {
      t.kind[k] = DELIM;
      t.value[k] = c;
      t.end[k] = i + 1;
      i++;
    }
    k++;
  }
  endTokens(t, k);
  while (folded < k) foldToken(t, folded++);
  t.hash1 >>>= 0;
  t.hash2 >>>= 0;
}
function endTokens(t, count) {
  t.count = count;
  t.kind[count] = NONE;
  t.kind[count + 1] = NONE;
}
function foldToken(t, j) {
  const kind = t.kind[j];
  const mark = kind * 2 + t.gap[j];
  let h1 = Math.imul(t.hash1 ^ mark, 16777619);
  let h2 = Math.imul(t.hash2 ^ mark, 1540483477);
  if (kind === WORD || kind === DELIM) {
    const line = t.line;
    const e = t.end[j];
    for (let c = t.start[j]; c < e; c++) {
      const ch = line.charCodeAt(c);
      h1 = Math.imul(h1 ^ ch, 16777619);
      h2 = Math.imul(h2 ^ ch, 1540483477);
    }
  }
  t.hash1 = h1;
  t.hash2 = h2;
}

// src/ingest/printed-line.ts
var EPOCH_WORDS = /* @__PURE__ */ new Set(["epoch", "ep"]);
var STEP_WORDS = /* @__PURE__ */ new Set([
  "step",
  "global_step",
  "iter",
  "iters",
  "iteration",
  "it",
  "batch",
  "batches",
  "index",
  "idx",
  "episode"
]);
var HEADING_WORDS = 3;
var LEVEL_WORDS = /* @__PURE__ */ new Set(["INFO", "DEBUG", "WARNING", "WARN", "ERROR", "I", "W", "root", "__main__"]);
var COUNT_WORDS = /* @__PURE__ */ new Set(["batches", "batch", "steps", "step", "iters", "it", "iterations", "samples"]);
function followsMarker(t, j) {
  let k = j - 1;
  if (t.isDelim(k, COLON) || t.isDelim(k, EQUALS)) k--;
  if (k < 0 || t.kind[k] !== WORD) return false;
  const w = t.text(k).toLowerCase();
  return EPOCH_WORDS.has(w) || STEP_WORDS.has(w);
}
var IGNORED_KEYS = /* @__PURE__ */ new Set([
  "int",
  "float",
  "str",
  "bool",
  "n/a",
  "v_num",
  "eta",
  "remaining",
  "elapsed",
  "pid",
  "rank",
  "port",
  "seed",
  "gpu",
  "device",
  "class"
]);
var STOP_WORDS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
  "after",
  "before",
  "over",
  "per",
  "then",
  "now"
]);
var LINK_WORDS = /* @__PURE__ */ new Set(["is", "was", "are", "of", "equals"]);
var FILLER_WORDS = /* @__PURE__ */ new Set([
  "average",
  "avg",
  "mean",
  "running",
  "epoch",
  "overall",
  "current",
  "cur",
  "batch"
]);
var METRIC_STEMS = [
  "loss",
  "acc",
  "ppl",
  "perplex",
  "lr",
  "err",
  "mse",
  "mae",
  "f1",
  "auc",
  "bleu",
  "psnr",
  "ssim",
  "dice",
  "iou",
  "map",
  "reward",
  "return",
  "kl",
  "nll",
  "entropy",
  "norm",
  "wer",
  "cer",
  "top1",
  "top5",
  "prec",
  "recall",
  "score",
  "time",
  "ms/",
  "tok",
  "throughput",
  "bpd",
  "bpc",
  "rate"
];
var FILE_EXTENSIONS = /\.(py|pyx|cc|cpp|cu|c|h|hpp|js|ts|java|so|pt|pth|ckpt|bin|json|ya?ml|txt|log|csv|png|jpe?g|npy|npz|h5|pkl|onnx|md)$/i;
var MAX_KEY = 48;
var LineReading = class {
  /** Epoch from the line, NaN when it names none; its total (`Epoch 3/10`) or NaN. */
  epoch = Number.NaN;
  epochTotal = Number.NaN;
  /** A step within the epoch or overall (`Step [100/600]`, `iter 100`, `200/2983 batches`), NaN for none; its total or NaN. */
  local = Number.NaN;
  localTotal = Number.NaN;
  /** The metrics: name as printed (with the split word that applies), split or undefined, bare metric, value. */
  names = [];
  splits = [];
  metrics = [];
  values = [];
  /** For each metric, the token holding its value (a line of the same shape has it at the same token). */
  valueTokens = [];
  /** The tokens holding the epoch and the step, −1 for none. */
  epochToken = -1;
  localToken = -1;
  /** The line's metric names joined, identifying lines of one shape. */
  shape = "";
  /** The split word the line opens with (`Eval begin...`, `Validation:`), if any; for lines without metrics that head a section. */
  leadingSplitWord;
  leadingSplit;
  /** Whether the line opens with an epoch word (`Epoch 2/10`). */
  leadingEpoch = false;
  reset() {
    this.epoch = Number.NaN;
    this.epochTotal = Number.NaN;
    this.local = Number.NaN;
    this.localTotal = Number.NaN;
    this.names.length = 0;
    this.splits.length = 0;
    this.metrics.length = 0;
    this.values.length = 0;
    this.valueTokens.length = 0;
    this.epochToken = -1;
    this.localToken = -1;
    this.shape = "";
    this.leadingSplitWord = void 0;
    this.leadingSplit = void 0;
    this.leadingEpoch = false;
  }
};
var COLON = 58;
var EQUALS = 61;
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var QUOTE3 = 39;
var DQUOTE = 34;
var PIPE = 124;
var PERCENT = 37;
var COMMA2 = 44;
var DOT = 46;
var DASH = 45;
var ABBREVIATED_SPLITS = { trl: "train", tel: "val" };
function splitOfKey(words) {
  for (const w of words) {
    const abbreviated = ABBREVIATED_SPLITS[w];
    if (abbreviated !== void 0) return abbreviated;
    for (const part of w.split(/[_/.\-@]/)) {
      const s = splitWord(part);
      if (s !== void 0) return s;
    }
  }
  return void 0;
}
function hasMetricStem(key) {
  const k = key.toLowerCase();
  for (const stem of METRIC_STEMS) if (k.includes(stem)) return true;
  return false;
}
function isCounter(key) {
  const lower = key.toLowerCase();
  const at = lower.lastIndexOf("_");
  if (at < 0) return false;
  const last = lower.slice(at + 1);
  return (STEP_WORDS.has(last) || EPOCH_WORDS.has(last) || COUNT_WORDS.has(last)) && !hasMetricStem(lower);
}
var MAX_KEY_SLASHES = 2;
function isKeyWord(word) {
  if (word.length > MAX_KEY || FILE_EXTENSIONS.test(word)) return false;
  let slashes = 0;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) === 47) slashes++;
  return slashes <= MAX_KEY_SLASHES;
}
var CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;
function bareMetric(words) {
  const kept2 = [];
  for (const w of words) {
    const lw = w.replace(CAMEL_BOUNDARY, "$1_$2").toLowerCase();
    if (splitWord(lw) !== void 0 || FILLER_WORDS.has(lw)) continue;
    let parts = lw.split(/[_/.]/);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (parts.length > 1 && first !== void 0 && splitWord(first) !== void 0) parts = parts.slice(1);
    else if (parts.length > 1 && last !== void 0 && splitWord(last) !== void 0)
      parts = parts.slice(0, -1);
    kept2.push(parts.join("_"));
  }
  return kept2.length > 0 ? kept2.join("_") : words.join("_").toLowerCase();
}
function readLine(t, out, carried) {
  out.reset();
  const n = t.count;
  const table = lineHasPipe(t);
  let context = carried?.word;
  let contextSplit = carried?.split;
  let contextAt = -1;
  let outerContext = context;
  let outerSplit = contextSplit;
  let shape = "";
  let leadWords = 0;
  const calls = [];
  let inCall = 0;
  for (let j = 0; j < n; j++) {
    const kind = t.kind[j];
    if (kind === DELIM) {
      if (t.value[j] === OPEN_PAREN) {
        const call = j > 0 && t.kind[j - 1] === WORD && t.gap[j] === 0 && t.text(j - 1) !== "tensor";
        calls.push(call);
        if (call) inCall++;
      } else if (t.value[j] === CLOSE_PAREN && calls.length > 0) {
        if (calls.pop()) inCall--;
      }
      continue;
    }
    if (kind === WORD) {
      const w = t.text(j);
      const s2 = splitWord(w);
      const prefix = t.isDelim(j + 1, COLON) && t.gap[j + 1] === 0 && t.kind[j + 2] === NUM && t.gap[j + 2] === 0;
      if (s2 !== void 0 && !prefix) {
        outerContext = context;
        outerSplit = contextSplit;
        contextAt = j;
        context = w;
        contextSplit = s2;
      }
      if (leadWords < HEADING_WORDS && !prefix && !LEVEL_WORDS.has(w)) {
        if (s2 !== void 0) {
          out.leadingSplitWord = w;
          out.leadingSplit = s2;
        } else if (leadWords === 0 && EPOCH_WORDS.has(w.toLowerCase())) {
          out.leadingEpoch = true;
        }
        leadWords++;
      }
      continue;
    }
    if (kind !== NUM && kind !== FRAC) continue;
    if (inCall > 0) continue;
    if (kind === FRAC && t.kind[j + 1] === WORD && COUNT_WORDS.has(t.text(j + 1).toLowerCase()) && !followsMarker(t, j)) {
      if (Number.isNaN(out.local)) {
        out.local = t.value[j];
        out.localTotal = t.value2[j];
        out.localToken = j;
      }
      continue;
    }
    if (t.isDelim(j + 1, PIPE) && t.gap[j + 1] === 0 && t.line.charCodeAt(t.end[j] - 1) === PERCENT)
      continue;
    const nextKind = t.kind[j + 1];
    if (j + 1 < n && (nextKind === NUM || nextKind === FRAC) && t.gap[j + 1] === 1) {
      while (j + 1 < n && (t.kind[j + 1] === NUM || t.kind[j + 1] === FRAC)) j++;
      continue;
    }
    if (t.isDelim(j + 1, COMMA2) && t.gap[j + 1] === 0 && t.kind[j + 2] === NUM && t.gap[j + 2] === 0) {
      while (t.isDelim(j + 1, COMMA2) && t.kind[j + 2] === NUM) j += 2;
      continue;
    }
    const quotedValue = (t.isDelim(j - 1, QUOTE3) || t.isDelim(j - 1, DQUOTE)) && t.gap[j] === 0 && (t.isDelim(j - 2, COLON) || t.isDelim(j - 2, EQUALS));
    if (!quotedValue && (t.isDelim(j + 1, QUOTE3) || t.isDelim(j + 1, DQUOTE)) && t.gap[j + 1] === 0 && t.gap[j] === 0)
      continue;
    let k = j - 1;
    let separated = false;
    let wrapped = false;
    const vj = j;
    const listEnd = t.isDelim(k, OPEN_BRACKET) && kind === NUM ? sameNumbersEnd(t, j) : -1;
    if (t.isDelim(k, OPEN_PAREN) && t.kind[k - 1] === WORD && t.text(k - 1) === "tensor") k -= 2;
    else if (listEnd > 0 && (t.isDelim(k - 1, COLON) || t.isDelim(k - 1, EQUALS))) {
      k--;
      j = listEnd;
    } else if (t.isDelim(k, OPEN_BRACKET) || t.isDelim(k, OPEN_PAREN)) {
      const close = t.isDelim(k, OPEN_BRACKET) ? CLOSE_BRACKET : CLOSE_PAREN;
      k = t.isDelim(j + 1, close) ? k - 1 : -1;
      wrapped = true;
    }
    if (t.isDelim(k, QUOTE3) || t.isDelim(k, DQUOTE)) k--;
    const tight = k === vj - 1 && t.isDelim(k, COLON) && t.gap[k] === 0 && t.gap[vj] === 0 && kind === NUM && !hasFraction(t, vj);
    if (t.isDelim(k, COLON) || t.isDelim(k, EQUALS)) {
      separated = true;
      k--;
    }
    if (t.isDelim(k, QUOTE3) || t.isDelim(k, DQUOTE)) k--;
    if (separated && t.isDelim(k, CLOSE_PAREN)) {
      let open3 = k - 1;
      while (open3 >= 0 && !t.isDelim(open3, OPEN_PAREN) && k - open3 < 6) open3--;
      if (open3 >= 0 && t.isDelim(open3, OPEN_PAREN)) k = open3 - 1;
    }
    if (k >= 0 && t.kind[k] === WORD && LINK_WORDS.has(t.text(k).toLowerCase()) && t.kind[k - 1] === WORD) {
      separated = true;
      k--;
    }
    if (k < 0 || t.kind[k] !== WORD) {
      const dated = t.kind[vj + 1] === JUNK;
      if (kind === FRAC && Number.isNaN(out.local) && !dated) {
        out.local = t.value[vj];
        out.localTotal = t.value2[vj];
        out.localToken = vj;
      }
      continue;
    }
    const head = t.text(k);
    const lower = head.toLowerCase();
    if (EPOCH_WORDS.has(lower)) {
      if (Number.isNaN(out.epoch)) {
        out.epoch = t.value[vj];
        out.epochTotal = kind === FRAC ? t.value2[vj] : Number.NaN;
        out.epochToken = vj;
      }
      continue;
    }
    if (STEP_WORDS.has(lower)) {
      if (Number.isNaN(out.local)) {
        out.local = t.value[vj];
        out.localTotal = kind === FRAC ? t.value2[vj] : Number.NaN;
        out.localToken = vj;
      }
      continue;
    }
    const flag = t.isDelim(k - 1, DASH) && t.gap[k] === 0;
    if (wrapped || flag || IGNORED_KEYS.has(lower) || STOP_WORDS.has(lower) || !isKeyWord(head) || isCounter(lower))
      continue;
    let s = k;
    while (s - 1 >= 0 && k - s < 2 && t.gap[s] === 1 && t.kind[s - 1] === WORD && !STOP_WORDS.has(t.text(s - 1).toLowerCase()) && !EPOCH_WORDS.has(t.text(s - 1).toLowerCase()) && !STEP_WORDS.has(t.text(s - 1).toLowerCase())) {
      s--;
    }
    const words = [];
    for (let w = s; w <= k; w++) words.push(t.text(w));
    const key = words.join(" ");
    if (!separated && !table || tight) {
      if (!hasMetricStem(key)) continue;
    }
    const value = kind === FRAC ? t.value[vj] / t.value2[vj] : t.value[vj];
    const own = splitOfKey(words);
    const useContext = own === void 0 && context !== void 0 && !words.includes(context);
    const name = useContext ? `${context} ${key}` : key;
    if (out.names.includes(name)) continue;
    out.names.push(name);
    out.splits.push(own ?? (useContext ? contextSplit : void 0));
    out.metrics.push(bareMetric(words));
    out.values.push(value);
    out.valueTokens.push(vj);
    shape = shape === "" ? name : `${shape}|${name}`;
    if (table && contextAt >= s && contextAt <= k) {
      context = outerContext;
      contextSplit = outerSplit;
    }
  }
  out.shape = shape;
}
function hasFraction(t, j) {
  const line = t.line;
  const e = t.end[j];
  for (let c = t.start[j]; c < e; c++) if (line.charCodeAt(c) === DOT) return true;
  return false;
}
function sameNumbersEnd(t, j) {
  const v = t.value[j];
  let at = j;
  while (t.isDelim(at + 1, COMMA2) && t.kind[at + 2] === NUM && t.value[at + 2] === v) at += 2;
  return t.isDelim(at + 1, CLOSE_BRACKET) ? at + 1 : -1;
}
function lineHasPipe(t) {
  for (let j = 0; j < t.count; j++) if (t.kind[j] === DELIM && t.value[j] === PIPE) return true;
  return false;
}

// src/ingest/printed-markdown-table.ts
var SPACE = 32;
var CR3 = 13;
var PIPE2 = 124;
var RULE_CELL = /^:?-{3,}:?$/;
var NUMBER_CELL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?$/;
var NAME_CELL2 = /^[A-Za-z][\w@.%/()+-]*(?: [A-Za-z(][\w@.%/()+-]*)*$/;
function cellsOf(line) {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === SPACE) i++;
  if (line.charCodeAt(i) !== PIPE2) return void 0;
  let j = line.length - 1;
  while (j > i && (line.charCodeAt(j) === SPACE || line.charCodeAt(j) === CR3)) j--;
  if (j - i < 2 || line.charCodeAt(j) !== PIPE2) return void 0;
  return line.slice(i + 1, j).split("|").map((c) => c.trim());
}
var MarkdownTables = class {
  header;
  ruled = false;
  /**
   * What to read in place of `line`: `AP: 0.010  AP50: 0.046 …` for a row of numbers under a
   * ruled header; undefined to read the line as printed. Every line must pass through here, in
   * order: a line that is no row ends the table.
   */
  row(line) {
    const cells = cellsOf(line);
    if (cells === void 0) {
      this.header = void 0;
      return void 0;
    }
    if (cells.every((c) => RULE_CELL.test(c))) {
      this.ruled = this.header !== void 0 && this.header.length === cells.length;
      return void 0;
    }
    if (cells.every((c) => NUMBER_CELL.test(c))) {
      const header = this.header;
      if (header === void 0 || !this.ruled || header.length !== cells.length) return void 0;
      return header.map((name, i) => `${name}: ${cells[i]}`).join("  ");
    }
    const named = cells.every((c) => NAME_CELL2.test(c)) && new Set(cells).size === cells.length;
    this.header = named ? cells : void 0;
    this.ruled = false;
    return void 0;
  }
};

// src/ingest/printed-readable.ts
var SKIPPED = /Namespace\(|Warning:|warnings\.warn|Traceback|^\s*File "/;
var WARNING_AT = /\S+\.py:\d+: \w*Warning:/;
var SETTINGS_DICT = /:\s*(?:True|False|None)\s*[,}]/;
var CONFIG_KEY_LINE = /^\s+[A-Z][A-Z0-9]*_[A-Z0-9_]*:\s*\S*\s*$/;
var SPACE2 = 32;
var TAB = 9;
var HASH = 35;
var BRACE = 123;
function readablePart(line) {
  let first = 0;
  while (first < line.length && (line.charCodeAt(first) === SPACE2 || line.charCodeAt(first) === TAB)) first++;
  const c = line.charCodeAt(first);
  if (c === HASH && (first + 1 === line.length || line.charCodeAt(first + 1) === SPACE2 || line.charCodeAt(first + 1) === HASH))
    return void 0;
  if (c === BRACE && SETTINGS_DICT.test(line)) return void 0;
  if (first > 0 && CONFIG_KEY_LINE.test(line)) return void 0;
  if (!SKIPPED.test(line)) return line;
  const at = line.search(WARNING_AT);
  return at > 0 ? line.slice(0, at) : void 0;
}

// src/ingest/printed-steps.ts
var freshLane = () => ({
  offset: 0,
  lastLocal: Number.NaN,
  lastGap: Number.NaN,
  lastLocalEpoch: Number.NaN,
  lastStep: Number.NaN,
  lastStepEpoch: Number.NaN
});
var PrintedSteps = class {
  epoch = Number.NaN;
  lanes = /* @__PURE__ */ new Map();
  /** The epoch in force after the last line, NaN before any. */
  get currentEpoch() {
    return this.epoch;
  }
  /** The last step printed in `lane` as printed (within its epoch when epochs are printed), −Infinity before any. */
  lastLocal(lane = "") {
    const l = this.lanes.get(lane);
    if (l === void 0) return Number.NEGATIVE_INFINITY;
    const last = Number.isNaN(l.lastLocal) ? l.lastStep : l.lastLocal;
    return Number.isNaN(last) ? Number.NEGATIVE_INFINITY : last;
  }
  /**
   * Takes the markers of a line (also of a line without metrics: `Epoch 3/10` alone) and returns
   * its step. `lane` separates step counters: the line's split.
   */
  step(r, lineNumber, lane = "") {
    if (!Number.isNaN(r.epoch)) this.epoch = r.epoch;
    const epoch = this.epoch;
    const hasEpoch = !Number.isNaN(epoch);
    let l = this.lanes.get(lane);
    if (l === void 0) {
      l = freshLane();
      this.lanes.set(lane, l);
    }
    if (!Number.isNaN(r.local)) {
      if (hasEpoch) {
        if (epoch < l.lastLocalEpoch) {
          l.offset = 0;
        } else if (epoch > l.lastLocalEpoch && r.local <= l.lastLocal) {
          const gap = r.local === 0 ? l.lastGap > 0 ? l.lastGap : 1 : 0;
          l.offset += r.localTotal > 0 ? r.localTotal : l.lastLocal + gap;
        } else if (epoch === l.lastLocalEpoch && r.local > l.lastLocal) {
          l.lastGap = r.local - l.lastLocal;
        }
        l.lastLocal = r.local;
        l.lastLocalEpoch = epoch;
      }
      const step = r.local + (hasEpoch ? l.offset : 0);
      l.lastStep = step;
      l.lastStepEpoch = epoch;
      return step;
    }
    if (hasEpoch) {
      const train = this.lanes.get("train") ?? l;
      const at = l.lastStepEpoch === epoch ? l : train.lastStepEpoch === epoch ? train : void 0;
      return at === void 0 ? epoch : at.lastStep;
    }
    return lineNumber;
  }
};

// src/ingest/printed-template.ts
var SPACE3 = 32;
var NEWLINE3 = 10;
var CR4 = 13;
var TAB2 = 9;
var DOT2 = 46;
var SLASH = 47;
var COLON2 = 58;
var DASH2 = 45;
var PLUS = 43;
var COMMA3 = 44;
var PERCENT2 = 37;
var isDigit3 = (c) => c >= 48 && c <= 57;
var isLower = (c) => c >= 97 && c <= 122 || c === 95;
var isWordByte = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || isDigit3(c) || c === 64;
function digitsEnd(b, i, end) {
  while (i < end && isDigit3(b[i])) i++;
  return i;
}
function unsignedEnd(b, i, end) {
  const e = digitsEnd(b, i, end);
  if (e === i) return -1;
  i = e;
  if (i + 1 < end && b[i] === DOT2 && isDigit3(b[i + 1])) i = digitsEnd(b, i + 1, end);
  const x = b[i];
  if (i < end && (x === 101 || x === 69)) {
    let j = i + 1;
    if (j < end && (b[j] === PLUS || b[j] === DASH2)) j++;
    if (j < end && isDigit3(b[j])) i = digitsEnd(b, j, end);
  }
  return i;
}
var POW103 = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));
var read = new Float64Array(1);
function readNumber(b, i, end, signed) {
  const from = i;
  const c = b[i];
  const negative = signed && c === DASH2;
  if (signed && i < end && (c === DASH2 || c === PLUS)) i++;
  let mantissa = 0;
  let d = i;
  for (; d < end; d++) {
    const x2 = b[d] - 48;
    if (x2 < 0 || x2 > 9) break;
    mantissa = mantissa * 10 + x2;
  }
  if (d === i) return -1;
  let digits2 = d - i;
  let scale = 0;
  if (d + 1 < end && b[d] === DOT2 && isDigit3(b[d + 1])) {
    const f = d + 1;
    for (d = f; d < end; d++) {
      const x2 = b[d] - 48;
      if (x2 < 0 || x2 > 9) break;
      mantissa = mantissa * 10 + x2;
    }
    scale = d - f;
    digits2 += scale;
  }
  const x = b[d];
  if (d < end && (x === 101 || x === 69)) {
    const e = unsignedEnd(b, i, end);
    if (e > d) {
      const v2 = parseDecimal(b, from, e);
      if (Number.isNaN(v2)) return -1;
      read[0] = v2;
      return e;
    }
  }
  if (digits2 > 15) {
    const v2 = parseDecimal(b, from, d);
    if (Number.isNaN(v2)) return -1;
    read[0] = v2;
    return d;
  }
  const v = scale > 0 ? mantissa / POW103[scale] : mantissa;
  read[0] = negative ? -v : v;
  return d;
}
function signedEnd(b, i, end) {
  const c = b[i];
  return unsignedEnd(b, i < end && (c === DASH2 || c === PLUS) ? i + 1 : i, end);
}
var MAX_UNIT_JUNK = 12;
function junkAt(b, i, end, units) {
  const e = signedEnd(b, i, end);
  if (e < 0 || e >= end) return -1;
  const c = b[e];
  const unit = isLower(c);
  if (unit ? !units : !(e + 1 < end && (c === DASH2 || c === COLON2 || c === DOT2) && isDigit3(b[e + 1])))
    return -1;
  let lettered = false;
  let k = e;
  for (; k < end; k++) {
    const x = b[k];
    if (isLower(x)) {
      lettered = true;
      continue;
    }
    if (isDigit3(x) || x === DOT2 || x === COLON2 || x === SLASH || x === PERCENT2 || x === DASH2 || x === PLUS)
      continue;
    if (endsJunk(x)) break;
    return -1;
  }
  return lettered && k - i > MAX_UNIT_JUNK ? -1 : k;
}
function endsNumber(c, d, frac) {
  if (c === -1) return true;
  if (isWordByte(c) || c === SLASH || c === PERCENT2 || c === DOT2) return false;
  if (c === COLON2 || c === DASH2) return !frac && d !== -2 && !isDigit3(d);
  if (c === COMMA3) return d !== -2 && !isDigit3(d);
  return true;
}
var LineTemplate = class _LineTemplate {
  constructor(fixed, runStart, slotKind, slotToken, junk, junkStart, slotUnits, tokenKind, tokenGap, tokenRun, tokenOffset, tokenLength, hash1, hash2) {
    this.fixed = fixed;
    this.runStart = runStart;
    this.slotKind = slotKind;
    this.slotToken = slotToken;
    this.junk = junk;
    this.junkStart = junkStart;
    this.slotUnits = slotUnits;
    this.tokenKind = tokenKind;
    this.tokenGap = tokenGap;
    this.tokenRun = tokenRun;
    this.tokenOffset = tokenOffset;
    this.tokenLength = tokenLength;
    this.hash1 = hash1;
    this.hash2 = hash2;
    this.runAt = new Int32Array(runStart.length - 1);
    this.slotEnd = new Int32Array(slotKind.length);
    this.slotValue = new Float64Array(slotKind.length);
    this.slotValue2 = new Float64Array(slotKind.length);
    this.keptRunAt = new Int32Array(runStart.length - 1);
    this.keptSlotEnd = new Int32Array(slotKind.length);
    this.keptValue = new Float64Array(slotKind.length);
    this.keptValue2 = new Float64Array(slotKind.length);
    this.fixedView = new DataView(fixed.buffer, fixed.byteOffset, fixed.length);
    this.junkView = new DataView(junk.buffer, junk.byteOffset, junk.length);
  }
  fixed;
  runStart;
  slotKind;
  slotToken;
  junk;
  junkStart;
  slotUnits;
  tokenKind;
  tokenGap;
  tokenRun;
  tokenOffset;
  tokenLength;
  hash1;
  hash2;
  /** Line number (or any clock) of the last match, for choosing which template to replace. */
  used = 0;
  /** While matching: where each fixed run begins, where each slot ends, its numbers. */
  runAt;
  slotEnd;
  slotValue;
  slotValue2;
  /** The same of the line matched last, kept until the next match. */
  keptRunAt;
  keptSlotEnd;
  keptValue;
  keptValue2;
  keptStart = 0;
  /** Views of `fixed` and `junk`, for comparing four bytes at a time. */
  fixedView;
  junkView;
  /**
   * The template of the line `bytes[start, end)` (ASCII, no line break, as read: no redraw,
   * colour, nothing cut off), which `t` holds tokenized; undefined when a slot or its neighbours
   * could be read otherwise in another line of the shape.
   */
  static learn(bytes, start, end, t) {
    const n = t.count;
    if (n === 0 || n >= MAX_TOKENS || t.line.length !== end - start) return void 0;
    for (let c = start; c < end; c++) {
      const b = bytes[c];
      if (b < SPACE3 && b !== TAB2 || b >= 127) return void 0;
    }
    const fixed = [];
    const runStart = [0];
    const slotKind = [];
    const slotUnits = [];
    const slotToken = [];
    const junk = [];
    const junkStart = [0];
    const tokenRun = new Int32Array(n);
    const tokenOffset = new Int32Array(n);
    const tokenLength = new Int32Array(n);
    let at = start;
    for (let j = 0; j < n; j++) {
      const kind = t.kind[j];
      const s = start + t.start[j];
      const e = start + t.end[j];
      if (kind === WORD || kind === DELIM) {
        tokenRun[j] = runStart.length - 1;
        tokenOffset[j] = s - at;
        tokenLength[j] = e - s;
        continue;
      }
      const p = s > start ? bytes[s - 1] : SPACE3;
      if (s > start && (s === at || isWordByte(p) || p === DOT2 || p === DASH2 || p === PLUS || p === SLASH))
        return void 0;
      for (let c = at; c < s; c++) fixed.push(bytes[c]);
      runStart.push(fixed.length);
      tokenRun[j] = -1 - slotKind.length;
      slotKind.push(kind);
      slotToken.push(j);
      if (kind === JUNK) for (let c = s; c < e; c++) junk.push(bytes[c]);
      junkStart.push(junk.length);
      slotUnits.push(p === COLON2 || p === 61 ? 0 : 1);
      at = e;
    }
    if (slotKind.length === 0) return void 0;
    for (let c = at; c < end; c++) fixed.push(bytes[c]);
    runStart.push(fixed.length);
    const template = new _LineTemplate(
      Uint8Array.from(fixed),
      Int32Array.from(runStart),
      Uint8Array.from(slotKind),
      Int32Array.from(slotToken),
      Uint8Array.from(junk),
      Int32Array.from(junkStart),
      Uint8Array.from(slotUnits),
      t.kind.slice(0, n),
      t.gap.slice(0, n),
      tokenRun,
      tokenOffset,
      tokenLength,
      t.hash1,
      t.hash2
    );
    return template.checked(bytes, start, end, t) ? template : void 0;
  }
  /** Whether each slot's follower keeps its reading, and the line itself gives the tokenizer's tokens. */
  checked(bytes, start, end, t) {
    const { fixed, runStart, slotKind } = this;
    for (let s = 0; s < slotKind.length; s++) {
      const a = runStart[s + 1];
      const b = runStart[s + 2];
      const c = a < b ? fixed[a] : s + 1 < slotKind.length ? -3 : -1;
      const d = a + 1 < b ? fixed[a + 1] : s + 1 < slotKind.length ? -2 : -1;
      if (c === -3) return false;
      const kind = slotKind[s];
      if (kind === JUNK ? c !== -1 && !endsJunk(c) : !endsNumber(c, d, kind === FRAC)) return false;
    }
    if (this.match(bytes, start, end) !== end) return false;
    const mine = scratch();
    this.write(mine);
    for (let j = 0; j < t.count; j++) {
      const kind = t.kind[j];
      if (mine.kind[j] !== kind || mine.gap[j] !== t.gap[j]) return false;
      if (mine.start[j] !== t.start[j] || mine.end[j] !== t.end[j]) return false;
      if (kind !== WORD && kind !== JUNK && !Object.is(mine.value[j], t.value[j])) return false;
      if (kind === FRAC && !Object.is(mine.value2[j], t.value2[j])) return false;
    }
    return mine.count === t.count && mine.hash1 === t.hash1 && mine.hash2 === t.hash2;
  }
  /**
   * Whether a line of this shape starts at `bytes[start]`, ending at `limit` or before a line
   * break (`\n`, `\r\n`); returns where it ends (before its break), or −1. When it is one,
   * `write` gives its tokens. A number that parseDecimal leaves undecided is no match.
   */
  match(bytes, start, limit, view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)) {
    const { fixed, runStart, slotKind, slotUnits, runAt, slotEnd, slotValue, slotValue2, junk, junkStart } = this;
    const { fixedView, junkView } = this;
    const slots = slotKind.length;
    let i = start;
    for (let s = 0; ; s++) {
      const a = runStart[s];
      const len = runStart[s + 1] - a;
      if (i + len > limit || !sameBytes(bytes, view, i, fixed, fixedView, a, len)) return -1;
      runAt[s] = i;
      i += len;
      if (s === slots) break;
      const kind = slotKind[s];
      let e;
      if (kind === JUNK) {
        const from = junkStart[s];
        const to = junkStart[s + 1];
        e = i + to - from <= limit && sameBytes(bytes, view, i, junk, junkView, from, to - from) ? i + to - from : junkAt(bytes, i, limit, slotUnits[s] === 1);
        if (e < 0) return -1;
      } else {
        e = readNumber(bytes, i, limit, true);
        if (e < 0) return -1;
        slotValue[s] = read[0];
        if (kind === FRAC) {
          if (e >= limit || bytes[e] !== SLASH) return -1;
          e = readNumber(bytes, e + 1, limit, false);
          if (e < 0) return -1;
          slotValue2[s] = read[0];
        } else if (kind !== NUM) {
          return -1;
        }
      }
      slotEnd[s] = e;
      i = e;
    }
    if (!(i === limit || bytes[i] === NEWLINE3 || bytes[i] === CR4 && bytes[i + 1] === NEWLINE3)) return -1;
    this.runAt = this.keptRunAt;
    this.keptRunAt = runAt;
    this.slotEnd = this.keptSlotEnd;
    this.keptSlotEnd = slotEnd;
    this.slotValue = this.keptValue;
    this.keptValue = slotValue;
    this.slotValue2 = this.keptValue2;
    this.keptValue2 = slotValue2;
    this.keptStart = start;
    return i;
  }
  /** Writes the numbers of the line matched last (its NUM and FRAC tokens' values) and the shape's hashes into `t`. */
  writeNumbers(t) {
    const { slotKind, slotToken, keptValue, keptValue2 } = this;
    for (let s = 0; s < slotKind.length; s++) {
      const kind = slotKind[s];
      if (kind === JUNK) continue;
      const j = slotToken[s];
      t.value[j] = keptValue[s];
      if (kind === FRAC) t.value2[j] = keptValue2[s];
    }
    t.hash1 = this.hash1;
    t.hash2 = this.hash2;
  }
  /** Writes the tokens of the line matched last into `t`, as `tokenize` would. */
  write(t) {
    const { tokenKind, tokenRun, tokenOffset, tokenLength, runStart, keptStart: start } = this;
    const { keptRunAt: runAt, keptSlotEnd: slotEnd, keptValue: slotValue, keptValue2: slotValue2 } = this;
    const n = tokenKind.length;
    t.kind.set(tokenKind);
    t.gap.set(this.tokenGap);
    for (let j = 0; j < n; j++) {
      const r = tokenRun[j];
      if (r >= 0) {
        const from = runAt[r] - start + tokenOffset[j];
        t.start[j] = from;
        t.end[j] = from + tokenLength[j];
        if (tokenKind[j] === DELIM)
          t.value[j] = this.fixed[runStart[r] + tokenOffset[j]];
        continue;
      }
      const s = -1 - r;
      t.start[j] = runAt[s] + runStart[s + 1] - runStart[s] - start;
      t.end[j] = slotEnd[s] - start;
      const kind = tokenKind[j];
      if (kind === JUNK) continue;
      t.value[j] = slotValue[s];
      if (kind === FRAC) t.value2[j] = slotValue2[s];
    }
    endTokens(t, n);
    t.hash1 = this.hash1;
    t.hash2 = this.hash2;
  }
};
var spare;
function scratch() {
  spare ??= new LineTokens();
  return spare;
}

// src/ingest/ultralytics-advice.ts
var ULTRALYTICS_ADVICE = "This is Ultralytics YOLO's output: YOLO writes every epoch's losses and validation metrics to results.csv in its run folder (runs/detect/train/results.csv for YOLOv8 and later, runs/train/exp/results.csv for YOLOv5, unless `project` or `name` is set), which trainspotter reads: name that file in `metrics`.";
function looksLikeUltralytics(text) {
  return text.includes("GPU_mem") && text.includes("box_loss");
}

// src/ingest/printed-text.ts
var MIN_REPEATS = 2;
var MIN_UNPLACED = 5;
var MIN_CONSTANT = 10;
var EVALUATION_SECTION = { word: "evaluation", split: "val" };
var MAX_HEADING = 80;
var MAX_HEADING_LINE = 100;
var MAX_CANDIDATES = 3;
var QUOTE_CHARS = 160;
var HAS_DIGIT = /[0-9]/;
var HAS_SPECIAL = /nan|inf/i;
var ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
var CANDIDATE = /loss|acc|epoch|step/i;
function backspaced(line) {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "\b") out = out.slice(0, -1);
    else out += c;
  }
  return out;
}
function visibleText(raw) {
  let line = raw;
  if (line.includes("\r")) {
    const parts = line.split("\r");
    line = "";
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i];
      if (p.trim().replaceAll("\b", "") !== "") {
        line = p;
        break;
      }
    }
  }
  if (line.includes("\b")) line = backspaced(line);
  if (line.includes("\x1B")) line = line.replace(ANSI, "");
  return line;
}
var MAX_TEMPLATES = 8;
var NEWLINE4 = 10;
var CR5 = 13;
var MAX_PLANS = 4096;
function kept(e) {
  const n = e.builder.length;
  if (n < MIN_REPEATS || e.placed === 0 && n < MIN_UNPLACED) return false;
  if (!e.constant || n >= MIN_CONSTANT) return true;
  return e.placed > 0 && isLossLike(e.builder.build());
}
function anotherRun(c, e) {
  if (e.placed < e.builder.length || c.placed < c.builder.length) return false;
  if (e.firstLine > c.lastLine) return e.firstStep < c.lastStep;
  if (e.lastLine < c.firstLine) return c.firstStep < e.lastStep;
  return false;
}
function joined(parts) {
  const built = parts.map((p) => p.builder.build());
  const head = built[0];
  if (built.length === 1) return head;
  const cat = (get) => {
    const out = new Float64Array(built.reduce((n, s) => n + s.steps.length, 0));
    let at = 0;
    for (const s of built) {
      const a = get(s);
      if (a === void 0) out.fill(Number.NaN, at, at + s.steps.length);
      else out.set(a, at);
      at += s.steps.length;
    }
    return out;
  };
  return {
    name: head.name,
    metric: head.metric,
    split: head.split,
    steps: cat((s) => s.steps),
    values: cat((s) => s.values),
    ...built.some((s) => s.epochs) ? { epochs: cat((s) => s.epochs) } : {},
    ...built.some((s) => s.wallTimes) ? { wallTimes: cat((s) => s.wallTimes) } : {}
  };
}
var PrintedTextParser = class {
  /** `templates: false` reads every line in full (the general path the templates must agree with). */
  constructor(source, options = {}, { templates = true } = {}) {
    this.source = source;
    this.asciiText = options.asciiText ?? portableAsciiText;
    this.lines = new StrictLineSplitter(source, (line, n) => this.onLine(line, n), {
      onAscii: templates ? (bytes, first) => this.onAsciiBlock(bytes, first) : void 0,
      asciiText: options.asciiText,
      isAscii: options.isAscii
    });
  }
  source;
  lines;
  tokens = new LineTokens();
  reading = new LineReading();
  /** The markers of the current line, as PrintedSteps reads them. */
  markers = new LineReading();
  /** Plans by heading, then by line shape hash. */
  plans = /* @__PURE__ */ new Map();
  steps = new PrintedSteps();
  entries = /* @__PURE__ */ new Map();
  candidates = [];
  metricLines = 0;
  /** Whether the epoch in force was printed with its total (`Epoch 3/10`). */
  epochTotalled = false;
  /** The split a heading line set for the lines under it. */
  section;
  /** The markdown table the lines are in, if any. */
  tables = new MarkdownTables();
  /** The annotation type (`bbox`, `segm`) the last COCO evaluation table was said to be for. */
  cocoType;
  asciiText;
  /** Byte templates of the metric lines read last (see LineTemplate), and the one matched last. */
  templates = [];
  lastTemplate = 0;
  /** How often a plan cache was emptied: a plan a template kept is the known one until then. */
  plansCleared = 0;
  /** The plan each template's lines are read with outside sections, and plansCleared when it was found. */
  plan = [];
  planCleared = [];
  write(chunk) {
    this.lines.write(chunk);
  }
  /** Feeds one line (without its newline) directly, bypassing byte decoding. */
  line(text, lineNumber) {
    this.onLine(text, lineNumber);
  }
  /**
   * Reads the ASCII lines of a block: a line of a shape already read whose fixed bytes match
   * (see LineTemplate) is read from its bytes; any other line is made a string and read in full.
   */
  onAsciiBlock(bytes, firstLine) {
    let n = firstLine;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let pos = 0; pos < bytes.length; n++) {
      const read2 = this.fastLine(bytes, view, pos, n);
      if (read2 >= 0) {
        pos = bytes[read2] === NEWLINE4 ? read2 + 1 : read2 + 2;
        continue;
      }
      const nl = bytes.indexOf(NEWLINE4, pos);
      const end = nl > pos && bytes[nl - 1] === CR5 ? nl - 1 : nl;
      this.onLine(this.asciiText(bytes, pos, end), n, bytes, pos);
      pos = nl + 1;
    }
    return n - firstLine;
  }
  /**
   * Reads line n, from `bytes[start]` to its line break, by a template if one matches it and its
   * plan is known; returns where its break is, or −1 when it was not read.
   */
  fastLine(bytes, view, start, n) {
    const templates = this.templates;
    if (templates.length === 0) return -1;
    const limit = bytes.length;
    let template = templates[this.lastTemplate];
    let end = template.match(bytes, start, limit, view);
    if (end < 0) {
      let i = 0;
      for (; i < templates.length; i++) {
        if (i === this.lastTemplate) continue;
        template = templates[i];
        end = template.match(bytes, start, limit, view);
        if (end >= 0) break;
      }
      if (i === templates.length) return -1;
      this.lastTemplate = i;
    }
    const t = this.tokens;
    template.writeNumbers(t);
    template.used = n;
    const at = this.lastTemplate;
    let plan = this.section === void 0 && this.planCleared[at] === this.plansCleared ? this.plan[at] : void 0;
    if (plan === void 0) {
      plan = this.knownPlan(t);
      if (plan === void 0 || plan.entries.length === 0) return -1;
      if (this.section === void 0) {
        this.plan[at] = plan;
        this.planCleared[at] = this.plansCleared;
      }
    }
    this.record(plan, this.stepOf(plan, n), n);
    return end;
  }
  /**
   * Reads one line. `bytes` and `start`, when given, hold its bytes (ASCII): a metric line read
   * as printed is then learnt as a template for the lines of its shape.
   */
  onLine(raw, n, bytes, start = 0) {
    if (raw.length === 0) return;
    const tableRow = this.tables.row(raw);
    if (tableRow !== void 0) this.section ??= EVALUATION_SECTION;
    const text = tableRow ?? raw;
    if (!HAS_DIGIT.test(text) && !HAS_SPECIAL.test(text) && text.length > MAX_HEADING) return;
    let line = readablePart(visibleText(text));
    if (line === void 0) return;
    if (mayBeCocoRow(line)) {
      const row = cocoRow(line, this.cocoType);
      if (row === "skip") return;
      if (row !== void 0) {
        this.section ??= EVALUATION_SECTION;
        line = `${row.name}: ${row.value}`;
      }
    } else {
      this.cocoType = cocoTableType(line) ?? this.cocoType;
    }
    const t = this.tokens;
    tokenize(line, t);
    const plan = this.planFor(t);
    const step = this.stepOf(plan, n);
    if (plan.entries.length === 0) {
      if (plan.heading !== void 0 && line.length <= MAX_HEADING_LINE) {
        this.section = plan.heading.split === "train" ? void 0 : plan.heading;
      } else if (plan.leadingEpoch || plan.epochToken >= 0) {
        this.section = void 0;
      }
      if (this.candidates.length < MAX_CANDIDATES && CANDIDATE.test(line)) this.candidates.push(line.trim());
      return;
    }
    this.record(plan, step, n);
    if (bytes !== void 0 && line === raw) this.learn(bytes, start, start + raw.length, n);
  }
  /** Keeps a template of the line just read from `bytes[start, end)`, in place of the one unused longest when there are enough. */
  learn(bytes, start, end, n) {
    const template = LineTemplate.learn(bytes, start, end, this.tokens);
    if (template === void 0) return;
    template.used = n;
    const templates = this.templates;
    let at = templates.length;
    if (at === MAX_TEMPLATES) {
      at = 0;
      for (let i = 1; i < templates.length; i++)
        if (templates[i].used < templates[at].used) at = i;
    }
    templates[at] = template;
    this.plan[at] = void 0;
    this.planCleared[at] = -1;
  }
  /** Reads the markers of a line of `plan` from the tokens, moves the epoch and steps on, and returns the line's step. */
  stepOf(plan, n) {
    const t = this.tokens;
    const r = this.markers;
    r.epoch = plan.epochToken >= 0 ? t.value[plan.epochToken] : Number.NaN;
    r.epochTotal = plan.epochToken >= 0 && plan.epochIsFrac ? t.value2[plan.epochToken] : Number.NaN;
    r.local = plan.localToken >= 0 ? t.value[plan.localToken] : Number.NaN;
    r.localTotal = plan.localToken >= 0 && plan.localIsFrac ? t.value2[plan.localToken] : Number.NaN;
    if (!Number.isNaN(r.epoch)) {
      const totalled = !Number.isNaN(r.epochTotal);
      if (plan.entries.length === 0 && !totalled && this.epochTotalled && r.epoch < this.steps.currentEpoch)
        r.epoch = Number.NaN;
      else this.epochTotalled = totalled;
    }
    return this.steps.step(r, n, plan.lane);
  }
  /** Adds the metrics of a line of `plan` (at least one), read from the tokens, at `step`. */
  record(plan, step, n) {
    const t = this.tokens;
    this.metricLines++;
    const placed = !Number.isNaN(this.markers.local) || !Number.isNaN(this.steps.currentEpoch);
    const epoch = this.steps.currentEpoch;
    const at = Number.isNaN(epoch) ? void 0 : epoch;
    const count = plan.entries.length;
    for (let i = 0; i < count; i++) {
      const e = plan.entries[i];
      const j = plan.valueTokens[i];
      const value = plan.ratio[i] ? t.value[j] / t.value2[j] : t.value[j];
      if (placed) e.placed++;
      if (e.firstLine === 0) {
        e.firstLine = n;
        e.firstStep = step;
      }
      e.lastLine = n;
      e.lastStep = step;
      if (e.constant && value !== e.first && !(Number.isNaN(value) && Number.isNaN(e.first)))
        e.constant = false;
      e.builder.push(step, value, at);
    }
  }
  /** How lines of this shape (under the current heading) are read: worked out once, from the first. */
  planFor(t) {
    return this.knownPlan(t) ?? this.newPlan(t);
  }
  /**
   * The plan for lines of this shape under the current heading, if one was worked out; ends the
   * section when the line goes on from training outside it. Has no other effect.
   */
  knownPlan(t) {
    const key = t.hash1 * 2097152 + (t.hash2 & 2097151);
    if (this.section !== void 0) {
      const outside = this.plans.get("")?.get(key);
      if (outside !== void 0 && (outside.epochToken >= 0 && t.value[outside.epochToken] > this.steps.currentEpoch || outside.localToken >= 0 && t.value[outside.localToken] > this.steps.lastLocal(outside.lane))) {
        this.section = void 0;
        return outside;
      }
    }
    return this.plans.get(this.section?.word ?? "")?.get(key);
  }
  /** Works out the plan for lines of this shape under the current heading, from this first one. */
  newPlan(t) {
    const key = t.hash1 * 2097152 + (t.hash2 & 2097151);
    const sectionKey = this.section?.word ?? "";
    let cache2 = this.plans.get(sectionKey);
    if (cache2 === void 0) {
      cache2 = /* @__PURE__ */ new Map();
      this.plans.set(sectionKey, cache2);
    }
    const r = this.reading;
    readLine(t, r, this.section);
    const entries2 = [];
    for (let i = 0; i < r.names.length; i++) {
      const name = r.names[i];
      const id = `${r.shape}${name}`;
      let e = this.entries.get(id);
      if (e === void 0) {
        const metric = r.metrics[i];
        const split = inferSplit(metric).split === "other" ? "other" : r.splits[i] ?? "train";
        const first = r.values[i];
        e = {
          name,
          shape: r.shape,
          builder: new SeriesBuilder(name, metric, split),
          placed: 0,
          first,
          constant: true,
          firstLine: 0,
          lastLine: 0,
          firstStep: 0,
          lastStep: 0
        };
        this.entries.set(id, e);
      }
      entries2.push(e);
    }
    const plan = {
      entries: entries2,
      valueTokens: Int32Array.from(r.valueTokens),
      ratio: Uint8Array.from(r.valueTokens, (j) => t.kind[j] === FRAC ? 1 : 0),
      epochToken: r.epochToken,
      epochIsFrac: r.epochToken >= 0 && t.kind[r.epochToken] === FRAC,
      localToken: r.localToken,
      localIsFrac: r.localToken >= 0 && t.kind[r.localToken] === FRAC,
      lane: r.splits[0] ?? this.section?.split ?? "train",
      heading: r.leadingSplitWord !== void 0 && r.leadingSplit !== void 0 ? { word: r.leadingSplitWord, split: r.leadingSplit } : void 0,
      leadingEpoch: r.leadingEpoch
    };
    if (cache2.size >= MAX_PLANS) {
      cache2.clear();
      this.plansCleared++;
    }
    cache2.set(key, plan);
    return plan;
  }
  end() {
    this.lines.end();
    const warnings = [];
    const byName = /* @__PURE__ */ new Map();
    for (const e of this.entries.values()) {
      if (!kept(e)) continue;
      const held = byName.get(e.name);
      if (held === void 0) byName.set(e.name, [e]);
      else held.push(e);
    }
    const series = [];
    for (const [name, shapes] of byName) {
      shapes.sort((a, b) => b.builder.length - a.builder.length);
      const chosen = [];
      for (const e of shapes) {
        if (chosen.every((c) => anotherRun(c, e))) chosen.push(e);
      }
      chosen.sort((a, b) => a.firstLine - b.firstLine);
      series.push(...splitRuns(joined(chosen)));
      const left = shapes.length - chosen.length;
      if (left > 0) {
        warnings.push(
          `${this.source}: ${quote(name)} is printed in ${left + 1} kinds of lines; read the most frequent, the others were left out`
        );
      }
    }
    if (series.length === 0) warnings.push(this.nothingRead());
    return { format: "printed-text", series, warnings };
  }
  nothingRead() {
    const what = this.metricLines === 0 ? "no line of the form `loss: 0.42`, `loss=0.42` or `| loss 0.42 |`" : "metric lines, but none repeated (a series needs at least two lines of the same shape)";
    const near = this.candidates.length > 0 ? ` Closest lines: ${this.candidates.map((c) => quote(c.slice(0, QUOTE_CHARS))).join("; ")}.` : "";
    if (this.candidates.some(looksLikeUltralytics)) {
      return `${this.source} held ${what}, so nothing to judge.${near} ${ULTRALYTICS_ADVICE}`;
    }
    return `${this.source} held ${what}, so nothing to judge.${near} Print one line per logging step such as \`epoch 3 step 100 loss: 0.4213 val_loss: 0.5102\`, or write {"step": 100, "loss": 0.42} lines to $TRAINSPOTTER_OUT/metrics.jsonl.`;
  }
};
function headHasSeries(text) {
  const parser = new PrintedTextParser("head");
  let n = 0;
  let at = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", at);
    if (nl === -1) break;
    parser.line(text.slice(at, nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), ++n);
    at = nl + 1;
  }
  if (n === 0) parser.line(text, 1);
  return parser.end().series.length > 0;
}
var LOG_NAME = /(\.log|\.out)$|(log|train|output|stdout|stderr|console)[^/]*\.txt$/i;
var PRINTED_SCORE = 0.15;
var printedText = {
  id: "printed-text",
  description: "printed training output (stdout, train.log): lines like `epoch 3 step 100 loss: 0.42`",
  sniff(fileName, head) {
    const text = headText(head);
    if (text === void 0 || text.trim() === "") return 0;
    if (headHasSeries(text)) return PRINTED_SCORE;
    return LOG_NAME.test(fileName) ? 0.05 : 0;
  },
  maxScore: PRINTED_SCORE,
  create: (source, options) => new PrintedTextParser(source, options)
};

// src/ingest/tensorboard.ts
var import_light = __toESM(require_light(), 1);

// src/ingest/float-column.ts
var FloatColumn = class {
  data;
  size = 0;
  constructor(capacity = 64) {
    this.data = new Float64Array(capacity);
  }
  get length() {
    return this.size;
  }
  push(value) {
    if (this.size === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }
  /** The value at `i` (0 <= i < length). */
  at(i) {
    return this.data[i];
  }
  /**
   * The values pushed so far: a view when the buffer is mostly full (at most a third unused, as
   * SeriesBuilder hands its arrays over), else a right-sized copy. Call it once, when done pushing.
   */
  toArray() {
    return this.size * 4 >= this.data.length * 3 ? this.data.subarray(0, this.size) : this.data.slice(0, this.size);
  }
};

// src/ingest/proto/tensorboard-descriptor.ts
var TENSORBOARD_DESCRIPTOR = {
  nested: {
    tensorboard: {
      nested: {
        DataType: {
          values: {
            DT_INVALID: 0,
            DT_FLOAT: 1,
            DT_DOUBLE: 2,
            DT_INT32: 3,
            DT_UINT8: 4,
            DT_INT16: 5,
            DT_INT8: 6,
            DT_STRING: 7,
            DT_COMPLEX64: 8,
            DT_INT64: 9,
            DT_BOOL: 10,
            DT_QINT8: 11,
            DT_QUINT8: 12,
            DT_QINT32: 13,
            DT_BFLOAT16: 14,
            DT_QINT16: 15,
            DT_QUINT16: 16,
            DT_UINT16: 17,
            DT_COMPLEX128: 18,
            DT_HALF: 19,
            DT_RESOURCE: 20,
            DT_VARIANT: 21,
            DT_UINT32: 22,
            DT_UINT64: 23,
            DT_FLOAT8_E5M2: 24,
            DT_FLOAT8_E4M3FN: 25,
            DT_FLOAT8_E4M3FNUZ: 26,
            DT_FLOAT8_E4M3B11FNUZ: 27,
            DT_FLOAT8_E5M2FNUZ: 28,
            DT_INT4: 29,
            DT_UINT4: 30,
            DT_INT2: 31,
            DT_UINT2: 32,
            DT_FLOAT4_E2M1FN: 33
          }
        },
        TensorShapeProto: {
          fields: { dim: { rule: "repeated", type: "Dim", id: 2 }, unknown_rank: { type: "bool", id: 3 } },
          nested: { Dim: { fields: { size: { type: "int64", id: 1 }, name: { type: "string", id: 2 } } } }
        },
        TensorProto: {
          fields: {
            dtype: { type: "DataType", id: 1 },
            tensor_shape: { type: "TensorShapeProto", id: 2 },
            version_number: { type: "int32", id: 3 },
            tensor_content: { type: "bytes", id: 4 },
            half_val: { rule: "repeated", type: "int32", id: 13, options: { packed: true } },
            float_val: { rule: "repeated", type: "float", id: 5, options: { packed: true } },
            double_val: { rule: "repeated", type: "double", id: 6, options: { packed: true } },
            int_val: { rule: "repeated", type: "int32", id: 7, options: { packed: true } },
            string_val: { rule: "repeated", type: "bytes", id: 8 },
            int64_val: { rule: "repeated", type: "int64", id: 10, options: { packed: true } },
            bool_val: { rule: "repeated", type: "bool", id: 11, options: { packed: true } }
          }
        },
        SummaryMetadata: {
          fields: {
            plugin_data: { type: "PluginData", id: 1 },
            display_name: { type: "string", id: 2 },
            summary_description: { type: "string", id: 3 },
            data_class: { type: "DataClass", id: 4 }
          },
          nested: {
            PluginData: {
              fields: { plugin_name: { type: "string", id: 1 }, content: { type: "bytes", id: 2 } }
            }
          }
        },
        DataClass: {
          values: {
            DATA_CLASS_UNKNOWN: 0,
            DATA_CLASS_SCALAR: 1,
            DATA_CLASS_TENSOR: 2,
            DATA_CLASS_BLOB_SEQUENCE: 3
          }
        },
        Summary: {
          fields: { value: { rule: "repeated", type: "Value", id: 1 } },
          nested: {
            Value: {
              oneofs: { value: { oneof: ["simple_value", "tensor"] } },
              fields: {
                node_name: { type: "string", id: 7 },
                tag: { type: "string", id: 1 },
                metadata: { type: "SummaryMetadata", id: 9 },
                simple_value: { type: "float", id: 2 },
                tensor: { type: "TensorProto", id: 8 }
              }
            }
          }
        },
        Event: {
          oneofs: {
            what: {
              oneof: [
                "file_version",
                "graph_def",
                "summary",
                "session_log",
                "tagged_run_metadata",
                "meta_graph_def"
              ]
            }
          },
          fields: {
            wall_time: { type: "double", id: 1 },
            step: { type: "int64", id: 2 },
            file_version: { type: "string", id: 3 },
            graph_def: { type: "bytes", id: 4 },
            summary: { type: "Summary", id: 5 },
            session_log: { type: "SessionLog", id: 7 },
            tagged_run_metadata: { type: "TaggedRunMetadata", id: 8 },
            meta_graph_def: { type: "bytes", id: 9 },
            source_metadata: { type: "SourceMetadata", id: 10 }
          }
        },
        SourceMetadata: { fields: { writer: { type: "string", id: 1 } } },
        SessionLog: {
          fields: {
            status: { type: "SessionStatus", id: 1 },
            checkpoint_path: { type: "string", id: 2 },
            msg: { type: "string", id: 3 }
          },
          nested: { SessionStatus: { values: { STATUS_UNSPECIFIED: 0, START: 1, STOP: 2, CHECKPOINT: 3 } } }
        },
        TaggedRunMetadata: {
          fields: { tag: { type: "string", id: 1 }, run_metadata: { type: "bytes", id: 2 } }
        }
      }
    }
  }
};

// src/ingest/tensor-scalar.ts
var DT_FLOAT = 1;
var DT_DOUBLE = 2;
var DT_INT32 = 3;
var DT_INT64 = 9;
var DT_BOOL = 10;
var DT_BFLOAT16 = 14;
var DT_HALF = 19;
function int64ToNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (v && typeof v.toNumber === "function")
    return v.toNumber();
  return Number(v);
}
function elementCount(t) {
  let n = 1;
  for (const d of t.tensor_shape?.dim ?? []) {
    const size = int64ToNumber(d.size ?? 0);
    if (size < 0) return -1;
    n *= size;
  }
  return n;
}
function halfToNumber(h) {
  const sign = h & 32768 ? -1 : 1;
  const exp = h >>> 10 & 31;
  const frac = h & 1023;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}
var scratch2 = new DataView(new ArrayBuffer(4));
function bfloat16ToNumber(b) {
  scratch2.setUint32(0, (b & 65535) << 16);
  return scratch2.getFloat32(0);
}
function tensorScalar(t) {
  if (elementCount(t) !== 1) return void 0;
  const content = t.tensor_content;
  const raw = content && content.length > 0 ? new DataView(content.buffer, content.byteOffset, content.length) : void 0;
  switch (t.dtype) {
    case DT_FLOAT:
      return raw ? raw.byteLength >= 4 ? raw.getFloat32(0, true) : void 0 : t.float_val?.[0];
    case DT_DOUBLE:
      return raw ? raw.byteLength >= 8 ? raw.getFloat64(0, true) : void 0 : t.double_val?.[0];
    case DT_HALF: {
      const bits = raw ? raw.byteLength >= 2 ? raw.getUint16(0, true) : void 0 : t.half_val?.[0];
      return bits === void 0 ? void 0 : halfToNumber(bits);
    }
    case DT_BFLOAT16: {
      const bits = raw ? raw.byteLength >= 2 ? raw.getUint16(0, true) : void 0 : t.half_val?.[0];
      return bits === void 0 ? void 0 : bfloat16ToNumber(bits);
    }
    case DT_INT32:
      return raw ? raw.byteLength >= 4 ? raw.getInt32(0, true) : void 0 : t.int_val?.[0];
    case DT_INT64: {
      if (raw) return raw.byteLength >= 8 ? Number(raw.getBigInt64(0, true)) : void 0;
      const v = t.int64_val?.[0];
      return v === void 0 ? void 0 : int64ToNumber(v);
    }
    case DT_BOOL: {
      if (raw) return raw.getUint8(0) ? 1 : 0;
      const v = t.bool_val?.[0];
      return v === void 0 ? void 0 : v ? 1 : 0;
    }
    default:
      return void 0;
  }
}

// src/ingest/tensorboard-event-fast.ts
var FastEventDecoder = class {
  wallTime = 0;
  step = 0;
  /** Values in the summary, each with a tag, a plugin name ('' for none) and a simple value (or none). */
  count = 0;
  tags = [];
  plugins = [];
  simple = [];
  hasSimple = [];
  pos = 0;
  /** The floats of the bytes being decoded, read through one DataView per buffer, not one per record. */
  view = new DataView(new ArrayBuffer(0));
  viewOf;
  lastTagBytes = new Uint8Array(0);
  lastTag = "";
  /**
   * Decodes the Event in data[start, end). `values`: decoded, with a summary; `none`: a
   * well-formed Event without one; `slow`: use protobufjs.
   */
  decode(data, start, end) {
    if (data !== this.viewOf) {
      this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      this.viewOf = data;
    }
    this.pos = start;
    this.wallTime = 0;
    this.step = 0;
    this.count = 0;
    let summary = false;
    while (this.pos < end) {
      const key = this.varint(data, end);
      if (key < 0) return "slow";
      if (key === 9) {
        if (this.pos + 8 > end) return "slow";
        this.wallTime = this.view.getFloat64(this.pos, true);
        this.pos += 8;
      } else if (key === 16) {
        const step = this.varint(data, end);
        if (step < 0) return "slow";
        this.step = step;
      } else if (key === 42 && !summary) {
        summary = true;
        const len = this.varint(data, end);
        if (len < 0 || this.pos + len > end) return "slow";
        if (!this.summary(data, this.pos + len)) return "slow";
      } else {
        return "slow";
      }
    }
    return summary ? "values" : "none";
  }
  /** A varint below 2^49 (exact as a double), or -1 for a longer or truncated one. */
  varint(data, end) {
    let x = 0;
    let scale = 1;
    for (let k = 0; k < 7; k++) {
      if (this.pos >= end) return -1;
      const b = data[this.pos++];
      x += (b & 127) * scale;
      if (b < 128) return x;
      scale *= 128;
    }
    return -1;
  }
  summary(data, end) {
    while (this.pos < end) {
      if (data[this.pos++] !== 10) return false;
      const len = this.varint(data, end);
      if (len < 0 || this.pos + len > end) return false;
      if (!this.value(data, this.pos + len)) return false;
    }
    return this.pos === end;
  }
  value(data, end) {
    const i = this.count;
    let tag = "";
    let plugin = "";
    let simple = 0;
    let hasSimple = false;
    while (this.pos < end) {
      const key = this.varint(data, end);
      if (key === 10 || key === 58) {
        const len = this.varint(data, end);
        if (len < 0 || this.pos + len > end) return false;
        if (key === 10) {
          const t = this.ascii(data, this.pos, this.pos + len, true);
          if (t === void 0) return false;
          tag = t;
        }
        this.pos += len;
      } else if (key === 21) {
        if (this.pos + 4 > end) return false;
        simple = this.view.getFloat32(this.pos, true);
        hasSimple = true;
        this.pos += 4;
      } else if (key === 74) {
        const len = this.varint(data, end);
        if (len < 0 || this.pos + len > end) return false;
        const name = this.metadata(data, this.pos + len, plugin);
        if (name === void 0) return false;
        plugin = name;
      } else {
        return false;
      }
    }
    if (this.pos !== end) return false;
    this.tags[i] = tag;
    this.plugins[i] = plugin;
    this.simple[i] = simple;
    this.hasSimple[i] = hasSimple;
    this.count = i + 1;
    return true;
  }
  /** SummaryMetadata: the plugin name of its plugin_data (field 1.1); later ones win, as protobuf merges. */
  metadata(data, end, plugin) {
    while (this.pos < end) {
      const key = this.varint(data, end);
      if (key !== 10) return void 0;
      const len = this.varint(data, end);
      if (len < 0 || this.pos + len > end) return void 0;
      const stop = this.pos + len;
      while (this.pos < stop) {
        const k = this.varint(data, stop);
        const l = k === 10 || k === 18 ? this.varint(data, stop) : -1;
        if (l < 0 || this.pos + l > stop) return void 0;
        if (k === 10) {
          const name = this.ascii(data, this.pos, this.pos + l, false);
          if (name === void 0) return void 0;
          plugin = name;
        }
        this.pos += l;
      }
    }
    return this.pos === end ? plugin : void 0;
  }
  /** ASCII bytes as a string (with `cache`, the last tag is reused), or undefined for anything else. */
  ascii(data, start, end, cache2) {
    const last = this.lastTagBytes;
    if (cache2 && last.length === end - start) {
      let same = true;
      for (let k = 0; k < last.length; k++) {
        if (last[k] !== data[start + k]) {
          same = false;
          break;
        }
      }
      if (same) return this.lastTag;
    }
    let s = "";
    for (let k = start; k < end; k++) {
      const c = data[k];
      if (c >= 128) return void 0;
      s += String.fromCharCode(c);
    }
    if (cache2) {
      this.lastTagBytes = data.slice(start, end);
      this.lastTag = s;
    }
    return s;
  }
};

// src/ingest/crc32c.ts
var POLY = 2197175160;
var TABLE = (() => {
  const t = new Int32Array(8 * 256);
  for (let b = 0; b < 256; b++) {
    let c = b;
    for (let k = 0; k < 8; k++) c = c & 1 ? c >>> 1 ^ POLY : c >>> 1;
    t[b] = c;
  }
  for (let b = 0; b < 256; b++) {
    let c = t[b];
    for (let k = 1; k < 8; k++) {
      c = t[c & 255] ^ c >>> 8;
      t[k * 256 + b] = c;
    }
  }
  return t;
})();
function crc32c(bytes, start = 0, end = bytes.length) {
  return crc32cOf(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), start, end);
}
function crc32cOf(view, start, end) {
  const t = TABLE;
  let crc = -1;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    const a = crc ^ view.getInt32(i, true);
    const b = view.getInt32(i + 4, true);
    crc = t[1792 + (a & 255)] ^ t[1536 + (a >>> 8 & 255)] ^ t[1280 + (a >>> 16 & 255)] ^ t[1024 + (a >>> 24)] ^ t[768 + (b & 255)] ^ t[512 + (b >>> 8 & 255)] ^ t[256 + (b >>> 16 & 255)] ^ t[b >>> 24];
  }
  if (i + 4 <= end) {
    const a = crc ^ view.getInt32(i, true);
    crc = t[768 + (a & 255)] ^ t[512 + (a >>> 8 & 255)] ^ t[256 + (a >>> 16 & 255)] ^ t[a >>> 24];
    i += 4;
  }
  for (; i < end; i++) crc = t[(crc ^ view.getUint8(i)) & 255] ^ crc >>> 8;
  return ~crc >>> 0;
}
function maskedCrc32c(bytes, start = 0, end = bytes.length) {
  return mask(crc32c(bytes, start, end));
}
function maskedCrc32cOf(view, start, end) {
  return mask(crc32cOf(view, start, end));
}
function mask(crc) {
  return ((crc >>> 15 | crc << 17) >>> 0) + 2726488792 >>> 0;
}

// src/ingest/tfrecord.ts
var HEADER = 12;
var FOOTER = 4;
function readU32(b, i) {
  return (b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24) >>> 0;
}
function lengthOf(low, high) {
  return high >= 2097152 ? -1 : high * 4294967296 + low;
}
function validLength(b, i) {
  if (readU32(b, i + 8) !== maskedCrc32c(b, i, i + 8)) return -1;
  return lengthOf(readU32(b, i), readU32(b, i + 4));
}
var TfRecordReader = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  /** Buffered chunks not yet consumed, and their total length. */
  parts = [];
  partsLength = 0;
  /** Absolute offset of the first buffered byte. */
  base = 0;
  /** Bytes needed before the next step can run: a header, or a whole record. */
  need = HEADER;
  /** Where the current corrupt stretch began, or -1 while the framing is in step. */
  badSince = -1;
  badReason = "";
  recordCount = 0;
  /** The length bytes of the last valid header and their CRC: records of one length share them. */
  lastLow = -1;
  lastHigh = -1;
  lastCrc = -1;
  /** Valid records seen so far. */
  get records() {
    return this.recordCount;
  }
  /**
   * Reads the records of `chunk` in place; only a record cut by a chunk's end is joined (from the
   * bytes held back and the head of the next chunk), and only the bytes after the last whole
   * record are copied, to be held: the caller may reuse its chunk's memory.
   */
  write(chunk) {
    if (chunk.length === 0) return;
    let from = 0;
    while (this.partsLength > 0) {
      const held = this.partsLength;
      if (held + chunk.length - from < this.need) {
        this.hold(chunk.subarray(from));
        return;
      }
      const take = Math.min(chunk.length - from, Math.max(this.need - held, HEADER));
      const joined2 = concatBytes([...this.parts, chunk.subarray(from, from + take)]);
      from += take;
      const used2 = this.scan(joined2, 0);
      this.base += used2;
      this.parts = [];
      this.partsLength = 0;
      if (used2 >= held) {
        from -= joined2.length - used2;
        break;
      }
      this.hold(joined2.subarray(used2));
    }
    if (from === chunk.length) return;
    const used = this.scan(chunk, from) - from;
    this.base += used;
    if (from + used < chunk.length) this.hold(chunk.subarray(from + used));
  }
  /** Holds (a copy of) bytes not yet consumed, in front of the next chunk. */
  hold(bytes) {
    this.parts.push(bytes.slice());
    this.partsLength += bytes.length;
  }
  /** Reports what is left over (a truncated last record, a corrupt tail). */
  end() {
    const left = this.partsLength;
    if (this.badSince >= 0) {
      this.sink.warning(
        `bytes ${this.badSince}-${this.base + left}: ${this.badReason}; no valid record follows it, ${this.base + left - this.badSince} bytes skipped`
      );
    } else if (left > 0) {
      const expected = this.need > HEADER ? `a record of ${this.need} bytes` : `a ${HEADER}-byte record header`;
      this.sink.warning(
        `byte ${this.base}: truncated record: the file ends ${left} bytes into ${expected} (the writer was still running or was killed); the record was skipped`
      );
    }
    this.parts = [];
    this.partsLength = 0;
  }
  /**
   * Consumes whole records (or corrupt bytes) from `buf`, starting at `start` (the file offset
   * `this.base`); returns the index after the last byte it used.
   */
  scan(buf, start) {
    let i = start;
    const n = buf.length;
    const base = this.base - start;
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    while (n - i >= HEADER) {
      const length = this.validLength(view, i);
      if (length < 0) {
        this.markBad(base + i, "corrupt record header (length CRC mismatch)");
        i++;
        continue;
      }
      const total = HEADER + length + FOOTER;
      if (n - i < total) {
        this.need = total;
        return i;
      }
      const dataEnd = i + HEADER + length;
      if (view.getUint32(dataEnd, true) !== maskedCrc32cOf(view, i + HEADER, dataEnd)) {
        this.markBad(base + i, `corrupt record of ${length} bytes (data CRC mismatch)`);
        i++;
        continue;
      }
      this.markGood(base + i);
      this.recordCount++;
      this.sink.record(buf, i + HEADER, dataEnd, base + i);
      i += total;
    }
    this.need = HEADER;
    return i;
  }
  /** validLength, the CRC of a length computed once: most files hold records of a few lengths. */
  validLength(view, i) {
    const low = view.getUint32(i, true);
    const high = view.getUint32(i + 4, true);
    const crc = view.getUint32(i + 8, true);
    if (low !== this.lastLow || high !== this.lastHigh) {
      if (crc !== maskedCrc32cOf(view, i, i + 8)) return -1;
      this.lastLow = low;
      this.lastHigh = high;
      this.lastCrc = crc;
    } else if (crc !== this.lastCrc) {
      return -1;
    }
    return lengthOf(low, high);
  }
  /** A corrupt stretch starts at file offset `at`, unless one is already open. */
  markBad(at, reason) {
    if (this.badSince >= 0) return;
    this.badSince = at;
    this.badReason = reason;
  }
  /** A valid record at file offset `at` ends the open corrupt stretch, if any. */
  markGood(at) {
    if (this.badSince < 0) return;
    this.sink.warning(
      `bytes ${this.badSince}-${at}: ${this.badReason}; skipped ${at - this.badSince} bytes to the next valid record at byte ${at}`
    );
    this.badSince = -1;
  }
};
function startsWithTfRecord(head) {
  return head.length >= HEADER && validLength(head, 0) >= 0;
}

// src/ingest/tensorboard.ts
var eventType;
function getEventType() {
  if (eventType) return eventType;
  const util = import_light.default.util;
  const saved = { oneOfGetter: util.oneOfGetter, oneOfSetter: util.oneOfSetter };
  util.oneOfGetter = (fieldNames) => {
    const key = `$oneof:${fieldNames.join(",")}`;
    return function() {
      return this[key];
    };
  };
  util.oneOfSetter = (fieldNames) => {
    const key = `$oneof:${fieldNames.join(",")}`;
    return function(name) {
      this[key] = name;
    };
  };
  try {
    const root = import_light.default.Root.fromJSON(TENSORBOARD_DESCRIPTOR);
    for (const name of ["tensorboard.Summary.Value", "tensorboard.Event"]) root.lookupType(name).setup();
    eventType = root.lookupType("tensorboard.Event");
  } finally {
    Object.assign(util, saved);
  }
  return eventType;
}
function splitOfRun(run) {
  const last = run?.split(/[\\/]/).pop();
  return last === void 0 ? void 0 : splitWord(last);
}
var TensorboardParser = class {
  constructor(source, options, useFast = true) {
    this.source = source;
    this.options = options;
    this.useFast = useFast;
    this.reader = new TfRecordReader({
      record: (bytes, start, end, offset) => this.onRecord(bytes, start, end, offset),
      warning: (message) => this.warnings.push(`${source}: ${message}`)
    });
  }
  source;
  options;
  useFast;
  tags = /* @__PURE__ */ new Map();
  /** The plugin named by the first value of each tag that carried metadata. */
  plugins = /* @__PURE__ */ new Map();
  warnings = [];
  reader;
  fast = new FastEventDecoder();
  bytes = 0;
  /** The last tag written and its columns: most files log the same few tags over and over. */
  lastTag = "";
  lastCols;
  write(chunk) {
    this.bytes += chunk.length;
    this.reader.write(chunk);
  }
  end() {
    this.reader.end();
    if (this.bytes > 0 && this.reader.records === 0) {
      throw new InputError(
        `${this.source}: no valid TFRecord in ${this.bytes} bytes; expected a TensorBoard event file (events.out.tfevents.*, records framed as length, masked CRC-32C, data, masked CRC-32C)`
      );
    }
    const series = buildSeries(this.tags, this.options.run);
    if (series.length === 0) {
      this.warnings.push(
        this.bytes === 0 ? `${this.source} is empty: the writer created it but logged nothing, so nothing to judge` : `${this.source} holds no scalar summaries (${this.reader.records} records: a header, graphs, images or histograms only), so nothing to judge`
      );
    }
    return { format: "tensorboard", series, warnings: this.warnings };
  }
  onRecord(bytes, start, end, offset) {
    if (this.useFast) {
      const f = this.fast;
      const kind = f.decode(bytes, start, end);
      if (kind === "none") return;
      if (kind === "values") {
        for (let k = 0; k < f.count; k++) {
          const tag = f.tags[k];
          const plugin = f.plugins[k];
          if (plugin) this.plugins.set(tag, plugin);
          if (!f.hasSimple[k]) continue;
          this.push(tag, f.step, f.simple[k], f.wallTime);
        }
        return;
      }
    }
    let event;
    try {
      event = getEventType().decode(bytes.subarray(start, end));
    } catch (error) {
      this.warnings.push(
        `${this.source}: byte ${offset}: a record with valid CRCs is not a TensorBoard Event (${error.message}); skipped`
      );
      return;
    }
    const values = event.summary?.value;
    if (!values) return;
    const step = int64ToNumber(event.step);
    for (const v of values) {
      const plugin = v.metadata?.plugin_data?.plugin_name;
      if (plugin) this.plugins.set(v.tag, plugin);
      let x;
      if (v.value === "simple_value") x = v.simple_value;
      else if (v.value === "tensor" && v.tensor) {
        const known = this.plugins.get(v.tag);
        if (known === void 0 || known === "scalars") x = tensorScalar(v.tensor);
      }
      if (x === void 0) continue;
      this.push(v.tag, step, x, event.wall_time);
    }
  }
  push(tag, step, x, wallTime) {
    const cols = tag === this.lastTag && this.lastCols ? this.lastCols : this.columns(tag);
    cols.steps.push(step);
    cols.values.push(x);
    cols.wallTimes.push(wallTime);
  }
  columns(tag) {
    let cols = this.tags.get(tag);
    if (!cols) {
      cols = { steps: new FloatColumn(), values: new FloatColumn(), wallTimes: new FloatColumn() };
      this.tags.set(tag, cols);
    }
    this.lastTag = tag;
    this.lastCols = cols;
    return cols;
  }
};
function epochLookup(epoch) {
  const order = Array.from({ length: epoch.steps.length }, (_, i) => i).sort(
    (a, b) => epoch.steps.at(a) - epoch.steps.at(b) || a - b
  );
  const steps = order.map((i) => epoch.steps.at(i));
  const values = order.map((i) => epoch.values.at(i));
  return (step) => {
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (steps[mid] <= step) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? Number.NaN : values[lo - 1];
  };
}
function buildSeries(tags, runFolder) {
  const runSplit = splitOfRun(runFolder);
  const parts = runFolder?.split(/[\\/]/) ?? [];
  const splitWord2 = runSplit ? parts.pop() : void 0;
  const run = runSplit ? parts.join("/") || void 0 : runFolder;
  const epochTag = tags.get("epoch");
  const epochAt = epochTag ? epochLookup(epochTag) : void 0;
  const out = [];
  for (const [tag, cols] of tags) {
    if (tag === "epoch" && epochAt) continue;
    const values = cols.values.toArray();
    if (tag === "hp_metric" && values.every((v) => v === -1)) continue;
    const steps = cols.steps.toArray();
    const inferred = inferSplit(tag);
    const series = {
      name: splitWord2 ? `${splitWord2}/${tag}` : tag,
      metric: inferred.metric,
      split: runSplit ?? inferred.split,
      ...run !== void 0 ? { run } : {},
      steps,
      values,
      ...epochAt ? { epochs: steps.map(epochAt) } : {},
      wallTimes: cols.wallTimes.toArray()
    };
    out.push(...splitRuns(series));
  }
  return out;
}
function createTensorboardParser(source, options = {}, decoding = {}) {
  return new TensorboardParser(source, options, decoding.fast !== false);
}
var tensorboardFormat = {
  id: "tensorboard",
  description: "TensorBoard event file (events.out.tfevents.*)",
  sniff(fileName, head) {
    const named = fileName.includes("events.out.tfevents");
    const framed = startsWithTfRecord(head);
    if (named && framed) return 1;
    if (named) return head.length === 0 ? 0.9 : 0.7;
    return framed ? 0.8 : 0;
  },
  create: (source, options) => createTensorboardParser(source, options)
};

// src/ingest/yolo-results.ts
var YOLO_LOSS = /^(train|val)\/(box|obj|cls|dfl|seg|pose|kobj|rle|angle)_loss$/;
function isYoloHeader(header) {
  if (header[0] !== "epoch") return false;
  if (header.some((h) => YOLO_LOSS.test(h))) return true;
  return header.includes("train/loss") && header.some((h) => h.startsWith("metrics/accuracy_top"));
}
var yoloResults = {
  id: "yolo-results",
  description: "Ultralytics YOLO results.csv (epoch, train/box_loss, metrics/mAP50(B) ...)",
  sniff(fileName, head) {
    const header = csvHeader(head);
    if (header === void 0 || !isYoloHeader(header)) return 0;
    return /(^|[\\/])results\.csv$/i.test(fileName) ? 0.95 : 0.85;
  },
  create: (source, options) => createCsvParser(
    source,
    {
      formatId: "yolo-results",
      columns(header) {
        const epoch = findColumn(header, ["epoch"]);
        if (epoch === void 0) {
          throw new InputError(
            `${source} line 1: expected a YOLO results.csv header with an \`epoch\` column, found ${quote(header.join(","))}`
          );
        }
        const time = findColumn(header, ["time"]);
        return { step: epoch, epoch, ...time !== void 0 ? { skip: [time] } : {} };
      }
    },
    options
  )
};

// src/ingest/formats.ts
var LOG_FORMATS = [
  jsonl,
  lightningCsv,
  kerasCsv,
  hfTrainerState,
  genericCsv,
  tensorboardFormat,
  yoloResults,
  printedText
];

// src/ingest/detect.ts
var HEAD_BYTES = 64 * 1024;
function baseName(path) {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
function describeContent(head) {
  const { text, binary } = describeHead(head);
  if (binary !== void 0) return binary;
  const first = (text ?? "").trimStart().split("\n", 1)[0]?.replace(/\r$/, "") ?? "";
  return first === "" ? "an empty file" : `first line ${quote(first)}`;
}
function supportedFormats(formats = LOG_FORMATS) {
  return `Supported formats: ${formats.map((f) => `${f.id} (${f.description})`).join("; ")}. For any other logger, write one JSON object per line, e.g. {"step": 100, "loss": 0.42, "val_loss": 0.51}, to $TRAINSPOTTER_OUT/metrics.jsonl (the jsonl format).`;
}
function sniffFormat(fileName, head, formats = LOG_FORMATS) {
  const name = baseName(fileName);
  let best;
  let bestScore = 0;
  for (const f of formats) {
    if (f.maxScore !== void 0 && f.maxScore <= bestScore) continue;
    const score = f.sniff(name, head);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}
function detectFormat(fileName, head, formats = LOG_FORMATS) {
  const found = sniffFormat(fileName, head, formats);
  if (found !== void 0) return found;
  const advice = looksLikeUltralytics(describeHead(head).text ?? "") ? `${ULTRALYTICS_ADVICE} ` : "";
  throw new InputError(
    `${fileName}: not a training log trainspotter can read; it holds ${describeContent(head)}. ${advice}${supportedFormats(formats)}`
  );
}
function formatById(id, formats = LOG_FORMATS) {
  const found = formats.find((f) => f.id === id);
  if (found !== void 0) return found;
  throw new InputError(
    `Unknown log format ${quote(id)}. Expected one of: ${formats.map((f) => f.id).join(", ")}, mlflow (a folder).`
  );
}

// src/ingest/mlflow-metric.ts
var SPACE4 = 32;
var NEWLINE5 = 10;
var CR6 = 13;
var utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
function number(text) {
  const x = Number(text);
  if (!Number.isNaN(x)) return x;
  return PYTHON_FLOATS[text.toLowerCase()];
}
var EXACT_INTEGER_DIGITS2 = 15;
function numberAt(bytes, start, end) {
  if (digitsEnd2(bytes, start, end) === end) return slot2[0];
  const x = parseDecimal(bytes, start, end);
  return Number.isNaN(x) ? number(portableAsciiText(bytes, start, end)) : x;
}
function plainFields(text, start, end) {
  let first = -1;
  let second = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE4) {
      if (i === start || i === end - 1 || text.charCodeAt(i - 1) === SPACE4 || second >= 0) return void 0;
      if (first < 0) first = i;
      else second = i;
    } else if (c < 33 || c > 126) {
      return void 0;
    }
  }
  if (first < 0) return void 0;
  if (second < 0) return [text.slice(start, first), text.slice(first + 1, end)];
  return [text.slice(start, first), text.slice(first + 1, second), text.slice(second + 1, end)];
}
var MetricColumns = class {
  /** `file` names the metric file in the warning (`<run>/metrics/<name>`). */
  constructor(file) {
    this.file = file;
  }
  file;
  steps = new FloatColumn();
  values = new FloatColumn();
  wallTimes = new FloatColumn();
  firstBad;
  bad = 0;
  /** Adds a line's point; false, adding nothing, when one of its fields is no number. */
  add(time, value, step) {
    if (time === void 0 || value === void 0 || step === void 0) return false;
    this.steps.push(step);
    this.values.push(value);
    this.wallTimes.push(time / 1e3);
    return true;
  }
  /** Counts line `i` (from 0), `line` as the warning quotes it, as malformed. */
  malformed(i, line) {
    this.bad++;
    this.firstBad ??= `${this.file} line ${i + 1}: expected "timestamp_ms value step", found ${quote(line)}; skipped`;
  }
  /** Line `i` (from 0), `text[start, end)` without its `\n`: plain, or trimmed and split at blanks; a blank line is no point. */
  textLine(text, start, end, i) {
    let f = plainFields(text, start, end);
    let line = "";
    if (f === void 0) {
      line = text.slice(start, end).trim();
      if (line === "") return;
      f = line.split(/\s+/, 4);
    }
    const time = number(f[0] ?? "");
    const value = number(f[1] ?? "");
    const step = f.length === 3 ? number(f[2] ?? "") : f.length === 2 ? i : void 0;
    if (!this.add(time, value, step)) this.malformed(i, line || f.join(" "));
  }
  result() {
    const warning = this.firstBad === void 0 ? void 0 : this.bad > 1 ? `${this.firstBad}, and ${(this.bad - 1).toLocaleString("en-US")} more malformed lines after it` : this.firstBad;
    return {
      steps: this.steps.toArray(),
      values: this.values.toArray(),
      wallTimes: this.wallTimes.toArray(),
      ...warning === void 0 ? {} : { warning }
    };
  }
};
function readText(text, columns) {
  for (let i = 0, from = 0; from <= text.length; i++) {
    const nl = text.indexOf("\n", from);
    const to = nl === -1 ? text.length : nl;
    columns.textLine(text, from, to, i);
    from = to + 1;
  }
}
var TAB3 = 9;
var slot2 = new Float64Array(1);
function digitsEnd2(bytes, i, n) {
  const start = i;
  let x = 0;
  for (; i < n; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) break;
    x = x * 10 + d;
  }
  if (i === start || i - start > EXACT_INTEGER_DIGITS2) return -1;
  slot2[0] = x;
  return i;
}
function plainLine(bytes, from, n, columns) {
  let i = digitsEnd2(bytes, from, n);
  if (i < 0 || bytes[i] !== SPACE4) return -1;
  const time = slot2[0];
  i++;
  const c = bytes[i];
  if (c === SPACE4 || c === TAB3) return -1;
  i = readDecimal(bytes, i, n, slot2, 0);
  if (i < 0 || bytes[i - 1] !== SPACE4 || bytes[i - 2] === SPACE4 || bytes[i - 2] === TAB3) return -1;
  const value = slot2[0];
  i = digitsEnd2(bytes, i, n);
  if (i < 0) return -1;
  if (bytes[i] === CR6) i++;
  if (bytes[i] !== NEWLINE5) return -1;
  columns.add(time, value, slot2[0]);
  return i + 1;
}
function readBytes(bytes, columns) {
  const n = bytes.length;
  for (let i = 0, from = 0; from <= n; i++) {
    const next = plainLine(bytes, from, n, columns);
    if (next >= 0) {
      from = next;
      continue;
    }
    let first = -1;
    let second = -1;
    let plain = true;
    let k = from;
    let end = n;
    for (; k < n; k++) {
      const c = bytes[k];
      if (c === SPACE4) {
        if (k === from || bytes[k - 1] === SPACE4 || second >= 0) plain = false;
        else if (first < 0) first = k;
        else second = k;
      } else if (c < 33 || c > 126) {
        if (c === NEWLINE5) {
          end = k;
          break;
        }
        if (c === CR6 && bytes[k + 1] === NEWLINE5) {
          end = k++;
          break;
        }
        plain = false;
      }
      if (!plain) {
        k = bytes.indexOf(NEWLINE5, k);
        if (k < 0) k = n;
        end = k;
        break;
      }
    }
    const to = k;
    if (!plain || first < 0 || bytes[end - 1] === SPACE4) {
      const line = utf8.decode(bytes.subarray(from, to));
      columns.textLine(line, 0, line.length, i);
    } else {
      const time = numberAt(bytes, from, first);
      const valueEnd2 = second < 0 ? end : second;
      const value = numberAt(bytes, first + 1, valueEnd2);
      const step = second < 0 ? i : numberAt(bytes, second + 1, end);
      if (!columns.add(time, value, step)) columns.malformed(i, portableAsciiText(bytes, from, end));
    }
    from = to + 1;
  }
}
function readMetricFile(file, source) {
  const columns = new MetricColumns(`${source}/metrics/${file.name}`);
  if ("text" in file) readText(file.text, columns);
  else readBytes(file.bytes, columns);
  return columns.result();
}

// src/ingest/mlflow.ts
var MLFLOW_STORE = {
  meta: "meta.yaml",
  metrics: "metrics",
  params: "params",
  tags: "tags",
  runNameTag: "mlflow.runName",
  notExperiments: [".trash", "models"]
};
function mlflowFolderKind(entries2) {
  const names = new Set(entries2);
  if (names.has(MLFLOW_STORE.meta)) return names.has(MLFLOW_STORE.metrics) ? "run" : "experiment";
  return entries2.some((e) => /^\d+$/.test(e)) ? "store" : void 0;
}
var MAX_MLFLOW_WARNINGS = 50;
var MAX_META_YAML_CHARS = 64 * 1024;
var NAME_KEYS = ["run_name", "name"];
function nameOf(doc) {
  if (typeof doc !== "object" || doc === null) return void 0;
  for (const key of NAME_KEYS) {
    const v = Object.hasOwn(doc, key) ? doc[key] : void 0;
    if (typeof v === "string" && v.trim() !== "") return v;
  }
  return void 0;
}
function metaRunName(meta, warnings, source) {
  if (meta === void 0) return void 0;
  if (meta.length > MAX_META_YAML_CHARS) {
    const found = /* @__PURE__ */ Object.create(null);
    for (const match of meta.matchAll(/^(run_name|name):[ \t]*(.*)$/gm)) {
      const [, key = "", value = ""] = match;
      if (key in found) continue;
      try {
        found[key] = parse(value.trim() === "" ? "''" : value);
      } catch {
        found[key] = void 0;
      }
    }
    return nameOf(found);
  }
  try {
    return nameOf(parse(meta, { uniqueKeys: false }));
  } catch (error) {
    warnings.push(
      `${source}/meta.yaml is not valid YAML (${error.message.split("\n")[0]}); using the run id as its name`
    );
  }
  return void 0;
}
function parseMlflowRun(input, source) {
  const warnings = [];
  const run = input.runName?.trim() || metaRunName(input.meta, warnings, source) || input.runId;
  const series = [];
  for (const file of input.metrics) {
    const { name } = file;
    const { steps, values, wallTimes, warning } = readMetricFile(file, source);
    if (warning !== void 0) warnings.push(warning);
    if (values.length === 0) continue;
    const { split, metric } = inferSplit(name);
    series.push(
      ...splitRuns({
        name,
        metric,
        split,
        run,
        steps,
        values,
        wallTimes
      })
    );
  }
  const params = /* @__PURE__ */ Object.create(null);
  for (const p of input.params ?? []) params[p.name] = p.value;
  return { format: "mlflow", series, warnings: capped(warnings, source), runId: input.runId, run, params };
}
function capped(warnings, source) {
  if (warnings.length <= MAX_MLFLOW_WARNINGS) return warnings;
  const more = warnings.length - MAX_MLFLOW_WARNINGS;
  return [
    ...warnings.slice(0, MAX_MLFLOW_WARNINGS),
    `${source}: ${more.toLocaleString("en-US")} more warnings like these were left out`
  ];
}

// src/runner/node-ascii-text.ts
import { isAscii as isAsciiBuffer } from "node:buffer";
var nodeAsciiText = (bytes, start, end) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).latin1Slice(
  start,
  end
);
var nodeIsAscii = isAsciiBuffer;

// src/runner/read-mlflow.ts
import { open, readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
async function entries(dir) {
  return (await readdir(dir, { withFileTypes: true })).map((e) => e.name);
}
var MAX_SIDE_FILE_BYTES = 1024 * 1024;
async function readIfExists(path, maxBytes = MAX_SIDE_FILE_BYTES) {
  try {
    const info = await stat(path);
    if (!info.isFile()) return void 0;
    const file = await open(path, "r");
    try {
      const buffer = Buffer.alloc(Math.min(maxBytes, info.size));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function filesUnder(dir, prefix = "") {
  let list;
  try {
    list = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const out = [];
  for (const e of list.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    if (e.isDirectory()) out.push(...await filesUnder(join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.isFile()) out.push(`${prefix}${e.name}`);
  }
  return out;
}
async function readRun(dir) {
  const metricsDir = join(dir, MLFLOW_STORE.metrics);
  const paramsDir = join(dir, MLFLOW_STORE.params);
  const metrics = await Promise.all(
    (await filesUnder(metricsDir)).map(async (name) => ({
      name,
      bytes: await readFile(join(metricsDir, name))
    }))
  );
  const params = await Promise.all(
    (await filesUnder(paramsDir)).map(async (name) => ({
      name,
      value: await readIfExists(join(paramsDir, name)) ?? ""
    }))
  );
  const runName = await readIfExists(join(dir, MLFLOW_STORE.tags, MLFLOW_STORE.runNameTag));
  const meta = await readIfExists(join(dir, MLFLOW_STORE.meta));
  return parseMlflowRun(
    {
      runId: basename(dir),
      ...runName !== void 0 ? { runName } : {},
      ...meta !== void 0 ? { meta } : {},
      metrics,
      params
    },
    dir
  );
}
async function runDirsOfExperiment(dir) {
  const out = [];
  for (const name of (await entries(dir)).sort()) {
    const sub = join(dir, name);
    if (mlflowFolderKind(await entries(sub).catch(() => [])) === "run") out.push(sub);
  }
  return out;
}
function uniqueLabels(runs) {
  const count = /* @__PURE__ */ new Map();
  for (const r of runs) count.set(r.run, (count.get(r.run) ?? 0) + 1);
  return runs.map((r) => {
    if ((count.get(r.run) ?? 0) < 2 || r.run === r.runId) return r;
    const run = `${r.run} (${r.runId.slice(0, 8)})`;
    return { ...r, run, series: r.series.map((s) => ({ ...s, run })) };
  });
}
async function readMlflow(dir) {
  const kind = mlflowFolderKind(await entries(dir));
  let runDirs;
  if (kind === "run") runDirs = [dir];
  else if (kind === "experiment") runDirs = await runDirsOfExperiment(dir);
  else if (kind === "store") {
    runDirs = [];
    for (const name of (await entries(dir)).sort()) {
      if (MLFLOW_STORE.notExperiments.includes(name)) continue;
      const sub = join(dir, name);
      if (mlflowFolderKind(await entries(sub).catch(() => [])) === "experiment") {
        runDirs.push(...await runDirsOfExperiment(sub));
      }
    }
  } else {
    throw new InputError(
      `${dir} is not an MLflow file store: expected an mlruns folder (experiment folders such as 0/), an experiment folder (meta.yaml and run folders) or a run folder (meta.yaml and metrics/)`
    );
  }
  const runs = await Promise.all(runDirs.map(readRun));
  return uniqueLabels(runs);
}

// src/runner/read-log.ts
var CHUNK_BYTES = 8 * 1024 * 1024;
var MLFLOW_STORE_FOLDER = "mlruns";
var MLFLOW_FORMAT = "mlflow";
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function inputErrorFor(path, error) {
  const code = error?.code;
  if (code === void 0 || error instanceof InputError) return error;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new InputError(
      `${path}: no such file or folder. Check the \`metrics\` path in trainspotter.yml or on the command line (relative paths start at the repository root), and that the training command wrote it.`
    );
  }
  if (code === "EACCES" || code === "EPERM") {
    return new InputError(`${path}: permission denied. Make it readable by the user that runs trainspotter.`);
  }
  if (code === "EISDIR") return new InputError(`${path} is a folder; expected a log file.`);
  return new InputError(`${path}: cannot be read (${code}: ${error.message}).`);
}
async function readLogStream(path, stream, opts = {}) {
  const formats = opts.formats ?? LOG_FORMATS;
  const chunks = stream[Symbol.asyncIterator]();
  try {
    const head = [];
    let headBytes = 0;
    let done = false;
    while (headBytes < HEAD_BYTES) {
      const next = await chunks.next();
      if (next.done) {
        done = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
    }
    const firstBytes = concatBytes(head).subarray(0, HEAD_BYTES);
    const format = opts.format !== void 0 ? formatById(opts.format, formats) : opts.fallback !== void 0 ? sniffFormat(path, firstBytes, formats) ?? formatById(opts.fallback, formats) : detectFormat(path, firstBytes, formats);
    const parser = format.create(path, {
      asciiText: nodeAsciiText,
      isAscii: nodeIsAscii,
      ...opts.run === void 0 ? {} : { run: opts.run }
    });
    for (const chunk of head) parser.write(chunk);
    while (!done) {
      const next = await chunks.next();
      if (next.done) done = true;
      else parser.write(next.value);
    }
    return { ...parser.end(), path };
  } catch (error) {
    await chunks.return?.();
    throw inputErrorFor(path, error);
  }
}
async function readLog(path, opts = {}) {
  const info = await stat2(path).catch((error) => {
    throw inputErrorFor(path, error);
  });
  if (info.isDirectory()) {
    throw new InputError(`${path} is a folder; expected a log file (a folder is read with readLogs).`);
  }
  const special = specialFileError(path, info, "a training log");
  if (special) throw special;
  return readLogStream(path, fileChunks(path), opts);
}
async function* fileChunks(path) {
  const file = await open2(path, "r");
  let offset = 0;
  const readAt = async (position, size) => {
    const buffer = new Uint8Array(size);
    const { bytesRead } = await file.read(buffer, 0, size, position);
    return bytesRead === size ? buffer : buffer.subarray(0, bytesRead);
  };
  let next;
  try {
    const { size: known } = await file.stat();
    next = readAt(0, HEAD_BYTES);
    for (; ; ) {
      const chunk = await next;
      if (chunk.length === 0) return;
      offset += chunk.length;
      next = readAt(offset, Math.min(CHUNK_BYTES, Math.max(HEAD_BYTES, known - offset)));
      yield chunk;
    }
  } finally {
    await next?.catch(() => void 0);
    await file.close();
  }
}
async function readHead(path) {
  const file = await open2(path, "r");
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
async function listFiles(folder, mlruns = []) {
  const out = [];
  const entries2 = await readdir2(folder, { withFileTypes: true });
  entries2.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries2) {
    const path = join2(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === MLFLOW_STORE_FOLDER) mlruns.push(path);
      else if (!SKIPPED_FOLDERS.has(entry.name)) out.push(...await listFiles(path, mlruns));
    } else if (entry.isFile()) {
      out.push(path);
    }
  }
  return out;
}
async function readMlflowFolder(dir) {
  if (mlflowFolderKind(await readdir2(dir)) === void 0) return [];
  const runs = await readMlflow(dir).catch((error) => {
    if (error instanceof InputError) return [];
    throw error;
  });
  return asLoaded(dir, runs);
}
function asLoaded(dir, runs) {
  return runs.map((r) => ({
    format: r.format,
    series: r.series,
    warnings: r.warnings,
    path: join2(dir, r.runId)
  }));
}
async function readLogs(path, opts = {}) {
  try {
    if (opts.format !== void 0 && opts.format !== MLFLOW_FORMAT)
      formatById(opts.format, opts.formats ?? LOG_FORMATS);
    const info = await stat2(path);
    if (opts.format === MLFLOW_FORMAT) {
      if (!info.isDirectory())
        throw new InputError(
          `--format mlflow reads a folder (an mlruns store, an experiment or a run folder), and ${path} is not one.`
        );
      return asLoaded(path, await readMlflow(path));
    }
    if (!info.isDirectory()) return [await readLog(path, opts)];
    const mlflow = await readMlflowFolder(path);
    if (mlflow.length > 0) return mlflow;
    const formats = opts.formats ?? LOG_FORMATS;
    const candidates = opts.format !== void 0 ? [formatById(opts.format, formats)] : formats;
    const stores = [];
    const files = await listFiles(path, stores);
    const logs = [];
    for (const store of stores) logs.push(...await readMlflowFolder(store));
    for (const file of files) {
      const head = await readHead(file).catch((error) => {
        throw inputErrorFor(file, error);
      });
      const format = sniffFormat(file, head, candidates);
      const run = relative(path, dirname(file));
      if (format !== void 0) {
        logs.push(await readLog(file, { ...opts, format: format.id, ...run === "" ? {} : { run } }));
      }
    }
    if (logs.length === 0) {
      const seen = files.length === 0 ? "it is empty" : `looked at ${files.length} files, e.g. ${files.slice(0, 3).join(", ")}`;
      throw new InputError(
        `${path}: no training log found in this folder (${seen}). ${supportedFormats(formats)}`
      );
    }
    return logs;
  } catch (error) {
    throw inputErrorFor(path, error);
  }
}

export {
  readLogStream,
  readLog,
  readLogs
};
