//! A small RFC 4180 scanner that reports the raw byte range of every field.
//!
//! General CSV libraries hand back decoded values; to keep every byte outside the redacted
//! columns (quoting style, line endings, spacing) the command line needs the raw ranges instead,
//! and re-encodes only the fields it changes.
//!
//! Accepted: `,` separators, `\n` or `\r\n` record ends, `"` quoting with `""` escapes, line
//! breaks inside quoted fields, a last record without a line end, and (like most readers) a `"`
//! inside an unquoted field, kept as data. Rejected: anything but a separator or a record end
//! after a closing quote, and a quoted field that never closes.

use std::borrow::Cow;
use std::ops::Range;

/// What [`scan_record`] found at a position.
#[derive(Debug, PartialEq)]
pub(crate) enum Scan {
    /// A complete record ending (after its line end) at this offset; its fields were pushed.
    Record(usize),
    /// The buffer ends inside the record: read more and scan again from the same start.
    Incomplete,
    /// Malformed input at this offset.
    Error { offset: usize, reason: &'static str },
}

/// Scans one record starting at `start`, pushing the raw range of each field onto `fields`.
///
/// `eof` says that `buf` holds the rest of the input, so a record without a line end is complete.
/// Call only with `start < buf.len()`. On `Incomplete` or `Error`, `fields` may hold a partial
/// record: the caller truncates it.
pub(crate) fn scan_record(buf: &[u8], start: usize, eof: bool, fields: &mut Vec<Range<usize>>) -> Scan {
    let len = buf.len();
    let mut i = start;
    loop {
        if i < len && buf[i] == b'"' {
            // Quoted field: find the closing quote, stepping over `""` escapes.
            let open = i;
            let mut j = i + 1;
            let close = loop {
                match memchr::memchr(b'"', &buf[j..]) {
                    None if eof => {
                        return Scan::Error { offset: open, reason: "quoted field is never closed" }
                    }
                    None => return Scan::Incomplete,
                    Some(k) => {
                        let q = j + k;
                        if q + 1 < len && buf[q + 1] == b'"' {
                            j = q + 2;
                        } else if q + 1 == len && !eof {
                            return Scan::Incomplete;
                        } else {
                            break q;
                        }
                    }
                }
            };
            let after = close + 1;
            fields.push(open..after);
            if after == len {
                return if eof { Scan::Record(len) } else { Scan::Incomplete };
            }
            match buf[after] {
                b',' => i = after + 1,
                b'\n' => return Scan::Record(after + 1),
                b'\r' if after + 1 < len && buf[after + 1] == b'\n' => return Scan::Record(after + 2),
                b'\r' if after + 1 == len && !eof => return Scan::Incomplete,
                _ => {
                    return Scan::Error {
                        offset: after,
                        reason: "unexpected character after a closing quote",
                    }
                }
            }
        } else {
            // Unquoted field: up to the next separator or line end.
            match memchr::memchr2(b',', b'\n', &buf[i..]) {
                Some(k) if buf[i + k] == b',' => {
                    fields.push(i..i + k);
                    i += k + 1;
                }
                Some(k) => {
                    let nl = i + k;
                    let end = if nl > i && buf[nl - 1] == b'\r' { nl - 1 } else { nl };
                    fields.push(i..end);
                    return Scan::Record(nl + 1);
                }
                None if eof => {
                    fields.push(i..len);
                    return Scan::Record(len);
                }
                None => return Scan::Incomplete,
            }
        }
    }
}

/// True when a raw field is quoted.
pub(crate) fn is_quoted(raw: &[u8]) -> bool {
    raw.first() == Some(&b'"')
}

/// A field's value: quotes removed and `""` unescaped.
pub(crate) fn field_value(raw: &[u8]) -> Cow<'_, [u8]> {
    if !is_quoted(raw) {
        return Cow::Borrowed(raw);
    }
    let inner = &raw[1..raw.len() - 1];
    if memchr::memchr(b'"', inner).is_none() {
        return Cow::Borrowed(inner);
    }
    let mut out = Vec::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(k) = memchr::memchr(b'"', rest) {
        out.extend_from_slice(&rest[..=k]);
        rest = &rest[k + 2..];
    }
    out.extend_from_slice(rest);
    Cow::Owned(out)
}

/// Appends a field value to `out`, quoted when it was quoted before or needs quoting now.
pub(crate) fn push_field(out: &mut Vec<u8>, value: &str, was_quoted: bool) {
    let needs = value.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if !(needs || was_quoted) {
        out.extend_from_slice(value.as_bytes());
        return;
    }
    out.push(b'"');
    for part in value.split('"').enumerate() {
        if part.0 > 0 {
            out.extend_from_slice(b"\"\"");
        }
        out.extend_from_slice(part.1.as_bytes());
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_all(input: &str) -> Result<Vec<Vec<String>>, (usize, &'static str)> {
        let buf = input.as_bytes();
        let mut records = Vec::new();
        let mut start = 0;
        while start < buf.len() {
            let mut fields = Vec::new();
            match scan_record(buf, start, true, &mut fields) {
                Scan::Record(end) => {
                    records.push(fields.iter().map(|r| input[r.clone()].to_string()).collect());
                    start = end;
                }
                Scan::Incomplete => unreachable!(),
                Scan::Error { offset, reason } => return Err((offset, reason)),
            }
        }
        Ok(records)
    }

    #[test]
    fn raw_fields() {
        let got = scan_all("a,\"b,\"\"c\"\"\nd\",e\r\n,x\"y,\n").unwrap();
        assert_eq!(got, [vec!["a", "\"b,\"\"c\"\"\nd\"", "e"], vec!["", "x\"y", ""]]);
        assert_eq!(field_value(b"\"b,\"\"c\"\"\"").as_ref(), b"b,\"c\"");
    }

    #[test]
    fn errors() {
        assert_eq!(scan_all("a,\"b").unwrap_err(), (2, "quoted field is never closed"));
        assert_eq!(scan_all("\"a\"b,c").unwrap_err().0, 3);
    }

    #[test]
    fn incomplete_at_every_cut() {
        let input = b"a,\"b\"\"\r\nc\"\r\nd,e\r\n";
        for cut in 1..input.len() {
            let mut fields = Vec::new();
            let scan = scan_record(&input[..cut], 0, false, &mut fields);
            assert!(scan == Scan::Incomplete || scan == Scan::Record(12) && cut >= 12, "cut {cut}: {scan:?}");
        }
    }

    #[test]
    fn quoting() {
        let mut out = Vec::new();
        push_field(&mut out, "a \"b\", c", false);
        assert_eq!(out, b"\"a \"\"b\"\", c\"");
    }
}
