//! The stable C ABI of casemask: `libcasemask.so`, `libcasemask.a` and `include/casemask.h`.
//!
//! The header is generated from this crate by cbindgen (`ffi/cbindgen.toml`), so the doc comments
//! of the exported items are the C manual; the conventions every function follows are in the
//! header's preamble (`header` in `cbindgen.toml`). Types are named as in C.
#![deny(missing_docs)]
#![allow(non_camel_case_types)]

mod batch;
mod boundary;
mod detailed;
mod memory;

use std::ffi::{c_char, CStr, CString};
use std::sync::OnceLock;

use casemask_core::{Label, Redactor, Span};

pub use batch::*;
use boundary::{call, call_or, input, output, text, Failure};
pub use boundary::{casemask_error, casemask_status};
use casemask_status::*;
pub use detailed::*;

/// A kind of identifier. Values are stable; new labels are appended.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum casemask_label {
    /// A person's name, in any of its forms.
    CASEMASK_LABEL_PERSON = 1,
    /// A street address, flat, house name or a place that locates someone (a school, a home).
    CASEMASK_LABEL_ADDRESS,
    /// A UK postcode.
    CASEMASK_LABEL_POSTCODE,
    /// A calendar date, or a month and year.
    CASEMASK_LABEL_DATE,
    /// A case, reference, court, police or pupil number.
    CASEMASK_LABEL_CASE_NUMBER,
    /// An NHS number (or Scottish CHI number).
    CASEMASK_LABEL_NHS_NUMBER,
    /// A National Insurance number.
    CASEMASK_LABEL_NI_NUMBER,
    /// A UK telephone number.
    CASEMASK_LABEL_PHONE,
    /// An email address.
    CASEMASK_LABEL_EMAIL,
    /// A social-media handle or profile URL.
    CASEMASK_LABEL_HANDLE,
}

use casemask_label::*;

impl From<Label> for casemask_label {
    fn from(label: Label) -> casemask_label {
        const BY_CODE: [casemask_label; 10] = [
            CASEMASK_LABEL_PERSON,
            CASEMASK_LABEL_ADDRESS,
            CASEMASK_LABEL_POSTCODE,
            CASEMASK_LABEL_DATE,
            CASEMASK_LABEL_CASE_NUMBER,
            CASEMASK_LABEL_NHS_NUMBER,
            CASEMASK_LABEL_NI_NUMBER,
            CASEMASK_LABEL_PHONE,
            CASEMASK_LABEL_EMAIL,
            CASEMASK_LABEL_HANDLE,
        ];
        // A label added to the core but not here is a bug caught by the tests; at run time it
        // becomes CASEMASK_STATUS_PANIC rather than a wrong value.
        *BY_CODE.get(label.code() as usize - 1).expect("core label without a casemask_label value")
    }
}

/// A `casemask_label` as received from C: any number, since a program built against a newer
/// header may pass a label this library does not know. The header shows it as `casemask_label`.
pub type LabelArg = u32;

/// A `casemask_status` as received from C (see [`LabelArg`]).
pub type StatusArg = u32;

/// One identifier found in a text: a plain value, safe to copy and share.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct casemask_span {
    /// Byte offset into the text where the identifier starts (on a UTF-8 character boundary).
    pub start: usize,
    /// Byte offset just past the identifier.
    pub end: usize,
    /// What kind of identifier it is.
    pub label: casemask_label,
    /// Confidence from 0.0 to 1.0 (never below the configured `min_score`).
    pub score: f32,
}

impl From<&Span> for casemask_span {
    fn from(span: &Span) -> casemask_span {
        casemask_span { start: span.start, end: span.end, label: span.label.into(), score: span.score }
    }
}

/// A compiled redactor: the configuration, patterns and word lists, built once.
///
/// Threads: immutable once built; share one redactor between any number of threads and call
/// every function on it at the same time, with no locking. Lifetime: create with
/// casemask_redactor_new, free with casemask_redactor_free once no call is using it. Results
/// (strings, spans, lists, redactions) do not borrow from it and may outlive it.
pub struct casemask_redactor {
    inner: Redactor,
}

/// The library's version, such as "0.1.0" (the same as CASEMASK_VERSION_STRING in the header
/// the library was built with). Static: do not free.
#[no_mangle]
pub extern "C" fn casemask_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// The name of a label: "PERSON", "ADDRESS", "CASE_NUMBER", ... as in JSON configurations.
/// Static: do not free. Returns NULL for a value that is not a label this library knows.
#[no_mangle]
pub extern "C" fn casemask_label_name(label: LabelArg) -> *const c_char {
    static NAMES: OnceLock<Vec<CString>> = OnceLock::new();
    call_or(std::ptr::null(), || {
        let names = NAMES.get_or_init(|| {
            Label::ALL.iter().map(|l| CString::new(l.name()).expect("label names have no NUL")).collect()
        });
        match Label::from_code(label) {
            Some(l) => names[l.code() as usize - 1].as_ptr(),
            None => std::ptr::null(),
        }
    })
}

/// The name of a status without its prefix: "OK", "NULL_ARGUMENT", "INVALID_UTF8", ...
/// Static: do not free. Returns NULL for a value that is not a status this library knows.
#[no_mangle]
pub extern "C" fn casemask_status_name(status: StatusArg) -> *const c_char {
    let name: Option<&'static CStr> = match status {
        0 => Some(c"OK"),
        1 => Some(c"NULL_ARGUMENT"),
        2 => Some(c"INVALID_UTF8"),
        3 => Some(c"INVALID_CONFIG"),
        4 => Some(c"PANIC"),
        5 => Some(c"INVALID_ARGUMENT"),
        _ => None,
    };
    name.map_or(std::ptr::null(), CStr::as_ptr)
}

/// Builds a redactor from a JSON configuration (the same JSON the Rust and Python APIs take).
///
/// config_json: UTF-8 JSON of config_len bytes, not NUL-terminated; NULL or length 0 means the
/// defaults. On success *out receives a new redactor that the caller frees with
/// casemask_redactor_free. err may be NULL; on failure *err (if err is not NULL) receives an
/// error that the caller frees with casemask_error_free, and *out is not written.
///
/// Returns CASEMASK_STATUS_OK, CASEMASK_STATUS_NULL_ARGUMENT (out is NULL),
/// CASEMASK_STATUS_INVALID_UTF8, CASEMASK_STATUS_INVALID_CONFIG (the message names the key and
/// never quotes a value) or CASEMASK_STATUS_PANIC.
///
/// # Safety
/// config_json must be NULL or point to config_len readable bytes; out must be NULL or writable;
/// err must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn casemask_redactor_new(
    config_json: *const c_char,
    config_len: usize,
    out: *mut *mut casemask_redactor,
    err: *mut *mut casemask_error,
) -> casemask_status {
    call("casemask_redactor_new", err, || {
        let out = output(out, "out")?;
        let json = match config_json.is_null() {
            true => "",
            false => text(config_json, config_len, "config_json")?,
        };
        let inner = Redactor::from_json(json)
            .map_err(|e| Failure::new(CASEMASK_STATUS_INVALID_CONFIG, e.to_string()))?;
        out.set(Box::into_raw(Box::new(casemask_redactor { inner })));
        Ok(())
    })
}

/// Frees a redactor. NULL is a no-op; freeing twice, or while another thread is still using the
/// redactor, is the caller's bug.
///
/// # Safety
/// redactor must be NULL or come from casemask_redactor_new and not have been freed.
#[no_mangle]
pub unsafe extern "C" fn casemask_redactor_free(redactor: *mut casemask_redactor) {
    call_or((), || {
        if !redactor.is_null() {
            drop(Box::from_raw(redactor));
        }
    })
}

/// Masks every identifier in a text with the configured operators.
///
/// text: UTF-8, not NUL-terminated, text_len bytes; text may be NULL when text_len is 0 (the
/// empty text). On success *out receives a new NUL-terminated string that the caller frees with
/// casemask_string_free, and *out_len its length in bytes without the NUL (the output holds NUL
/// bytes only where the input did). Outputs are written only on success; err as in
/// casemask_redactor_new.
///
/// Returns CASEMASK_STATUS_OK, CASEMASK_STATUS_NULL_ARGUMENT, CASEMASK_STATUS_INVALID_UTF8 (the
/// message gives the byte offset) or CASEMASK_STATUS_PANIC.
///
/// # Safety
/// redactor must be NULL or a live redactor; text must be NULL or point to text_len readable
/// bytes; out, out_len and err must each be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn casemask_redact(
    redactor: *const casemask_redactor,
    text: *const c_char,
    text_len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
    err: *mut *mut casemask_error,
) -> casemask_status {
    call("casemask_redact", err, || {
        let redactor = input(redactor, "redactor")?;
        let (out, out_len) = (output(out, "out")?, output(out_len, "out_len")?);
        let redacted = redactor.inner.redact(boundary::text(text, text_len, "text")?);
        out_len.set(redacted.len());
        out.set(memory::c_string(&redacted));
        Ok(())
    })
}

/// Frees a string returned by casemask_redact. NULL is a no-op; freeing twice is the caller's
/// bug. Never use libc free on it.
///
/// # Safety
/// s must be NULL or come from casemask_redact and not have been freed.
#[no_mangle]
pub unsafe extern "C" fn casemask_string_free(s: *mut c_char) {
    call_or((), || memory::free_c(s))
}

/// Finds identifiers: spans sorted by start, not overlapping, with byte offsets into text.
///
/// text as in casemask_redact. On success *spans receives a new array of *n_spans spans that the
/// caller frees with casemask_spans_free (NULL when *n_spans is 0). Outputs are written only on
/// success; err as in casemask_redactor_new.
///
/// Returns CASEMASK_STATUS_OK, CASEMASK_STATUS_NULL_ARGUMENT, CASEMASK_STATUS_INVALID_UTF8 or
/// CASEMASK_STATUS_PANIC.
///
/// # Safety
/// As casemask_redact, with spans and n_spans for out and out_len.
#[no_mangle]
pub unsafe extern "C" fn casemask_find(
    redactor: *const casemask_redactor,
    text: *const c_char,
    text_len: usize,
    spans: *mut *mut casemask_span,
    n_spans: *mut usize,
    err: *mut *mut casemask_error,
) -> casemask_status {
    call("casemask_find", err, || {
        let redactor = input(redactor, "redactor")?;
        let (spans, n_spans) = (output(spans, "spans")?, output(n_spans, "n_spans")?);
        let found = redactor.inner.find(boundary::text(text, text_len, "text")?);
        let found: Vec<casemask_span> = found.iter().map(casemask_span::from).collect();
        n_spans.set(found.len());
        spans.set(memory::c_array(&found));
        Ok(())
    })
}

/// Frees spans returned by casemask_find; n_spans is the count it returned. NULL is a no-op;
/// freeing twice is the caller's bug.
///
/// # Safety
/// spans must be NULL or come from casemask_find and not have been freed.
#[no_mangle]
pub unsafe extern "C" fn casemask_spans_free(spans: *mut casemask_span, n_spans: usize) {
    // The memory's size is known to the allocator; n_spans is taken for symmetry and future use.
    let _ = n_spans;
    call_or((), || memory::free_c(spans))
}

/// The message of an error: UTF-8, NUL-terminated, naming the function and, where it applies, the
/// argument, configuration key or byte offset at fault; it never contains the input text. Valid
/// until the error is freed; do not free it. Returns NULL when err is NULL.
///
/// # Safety
/// err must be NULL or a live error.
#[no_mangle]
pub unsafe extern "C" fn casemask_error_message(err: *const casemask_error) -> *const c_char {
    call_or(std::ptr::null(), || err.as_ref().map_or(std::ptr::null(), |e| e.message().as_ptr()))
}

/// The status of the call that failed with this error; CASEMASK_STATUS_NULL_ARGUMENT when err is
/// NULL.
///
/// # Safety
/// err must be NULL or a live error.
#[no_mangle]
pub unsafe extern "C" fn casemask_error_status(err: *const casemask_error) -> casemask_status {
    call_or(CASEMASK_STATUS_PANIC, || err.as_ref().map_or(CASEMASK_STATUS_NULL_ARGUMENT, |e| e.status()))
}

/// Frees an error. NULL is a no-op; freeing twice is the caller's bug.
///
/// # Safety
/// err must be NULL or come from a casemask function and not have been freed.
#[no_mangle]
pub unsafe extern "C" fn casemask_error_free(err: *mut casemask_error) {
    call_or((), || {
        if !err.is_null() {
            drop(Box::from_raw(err));
        }
    })
}

/// For the C tests only (not in the header): fails with CASEMASK_STATUS_PANIC by panicking with
/// a message that must not reach the caller, to test the panic boundary.
///
/// cbindgen:ignore
///
/// # Safety
/// err must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn casemask_test_panic(err: *mut *mut casemask_error) -> casemask_status {
    call("casemask_test_panic", err, || panic!("SECRET-INPUT-TEXT"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_core_label_has_its_c_value_and_name() {
        for label in Label::ALL {
            assert_eq!(casemask_label::from(label) as u32, label.code());
            let name = unsafe { CStr::from_ptr(casemask_label_name(label.code())) };
            assert_eq!(name.to_str().unwrap(), label.name());
        }
        assert!(casemask_label_name(0).is_null());
        assert!(casemask_label_name(Label::ALL.len() as u32 + 1).is_null());
    }

    #[test]
    fn every_status_has_a_name() {
        for status in 0..=CASEMASK_STATUS_INVALID_ARGUMENT as u32 {
            assert!(!casemask_status_name(status).is_null());
        }
        assert!(casemask_status_name(CASEMASK_STATUS_INVALID_ARGUMENT as u32 + 1).is_null());
    }
}
