//! Every casemask-ffi entry point called from Rust with arbitrary texts, lengths, NULLs and
//! indices, within the documented contract (a non-NULL pointer always points to at least its
//! length in readable bytes; nothing freed is used again).
//!
//! The C library's sources (ffi/src, through fuzz/ffi-rlib) are compiled into this target, so they are instrumented and
//! run under AddressSanitizer and LeakSanitizer. Checks, on every call: no CASEMASK_STATUS_PANIC;
//! the status the contract predicts (NULL_ARGUMENT, INVALID_UTF8 with the byte offset,
//! INVALID_CONFIG, INVALID_ARGUMENT, OK); on failure no output is written and `*err` (when asked
//! for) carries the same status and a message that names the function and never quotes the input;
//! on success the results equal the Rust core's; nothing leaks.
#![no_main]

use std::ffi::{c_char, CStr};
use std::ptr;

use arbitrary::Arbitrary;
use casemask::{Label, Redactor};
use casemask_ffi::casemask_status::{self, *};
use casemask_ffi::*;
use casemask_fuzz::{check_message, MARKER};
use libfuzzer_sys::fuzz_target;

/// A text argument: NULL, bytes, or bytes after the marker; and the length passed with it.
#[derive(Arbitrary, Debug)]
struct Arg {
    bytes: Bytes,
    len: Len,
}

#[derive(Arbitrary, Debug)]
enum Bytes {
    Null,
    Data(Vec<u8>),
    Marked(Vec<u8>),
}

#[derive(Arbitrary, Debug)]
enum Len {
    Full,
    Zero,
    /// At most the buffer's length (any length for NULL, which must then be refused).
    Prefix(u16),
}

/// An argument made concrete: its buffer (kept alive), pointer and length.
struct Text {
    buf: Option<Vec<u8>>,
    len: usize,
}

impl Text {
    fn new(arg: &Arg) -> Text {
        let buf = match &arg.bytes {
            Bytes::Null => None,
            Bytes::Data(b) => Some(b.clone()),
            Bytes::Marked(b) => Some([MARKER.as_bytes(), b].concat()),
        };
        let full = buf.as_ref().map_or(0, Vec::len);
        let len = match (&arg.len, &buf) {
            (Len::Full, _) => full,
            (Len::Zero, _) => 0,
            (Len::Prefix(n), None) => *n as usize,
            (Len::Prefix(n), Some(_)) => (*n as usize).min(full),
        };
        Text { buf, len }
    }

    fn ptr(&self) -> *const c_char {
        self.buf.as_ref().map_or(ptr::null(), |b| b.as_ptr().cast())
    }

    /// What the library sees: Err(None) for a NULL it must refuse, Err(Some(offset)) for invalid
    /// UTF-8 at that byte.
    fn expected(&self) -> Result<&str, Option<usize>> {
        match &self.buf {
            _ if self.len == 0 => Ok(""),
            None => Err(None),
            Some(b) => std::str::from_utf8(&b[..self.len]).map_err(|e| Some(e.valid_up_to())),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Nulls {
    redactor: bool,
    out: bool,
    out_len: bool,
    err: bool,
}

#[derive(Arbitrary, Debug)]
enum Call {
    New {
        config: Arg,
        null_out: bool,
        null_err: bool,
    },
    Redact {
        text: Arg,
        nulls: Nulls,
    },
    Find {
        text: Arg,
        nulls: Nulls,
    },
    Detailed {
        text: Arg,
        nulls: Nulls,
        get: Vec<u16>,
        null_item: bool,
        null_text: (bool, bool),
    },
    Batch {
        texts: Vec<Arg>,
        null_texts: bool,
        null_lens: bool,
        nulls: Nulls,
        get: Vec<u16>,
        null_get: (bool, bool),
    },
    LabelName(u32),
    StatusName(u32),
    NullAccessors,
}

/// The redactor under test and the core redactor it must agree with.
struct Pair {
    ffi: *mut casemask_redactor,
    core: Redactor,
}

/// A distinct address to preset outputs to, to check that failures leave them alone.
static mut UNTOUCHED: u64 = 0;

fn untouched<T>() -> *mut T {
    // Only the address is taken; nothing reads or writes through it.
    ptr::addr_of_mut!(UNTOUCHED).cast()
}

/// Checks a call's status against the expected one and, on failure, its error; frees the error.
fn check_status(
    function: &str,
    got: casemask_status,
    want: casemask_status,
    err: *mut casemask_error,
    asked: bool,
    needle: Option<&str>,
) {
    assert_ne!(got, CASEMASK_STATUS_PANIC, "{function} panicked");
    assert_eq!(got, want, "{function}");
    if got == CASEMASK_STATUS_OK || !asked {
        assert_eq!(err, untouched(), "{function} wrote *err without failing or without being asked");
        return;
    }
    assert!(!err.is_null() && err != untouched(), "{function} failed without an error");
    unsafe {
        assert_eq!(casemask_error_status(err), want);
        let message = casemask_error_message(err);
        assert!(!message.is_null());
        let message = CStr::from_ptr(message).to_str().expect("messages are UTF-8");
        assert!(message.starts_with(&format!("{function}: ")), "{message}");
        check_message(message);
        if let Some(needle) = needle {
            assert!(message.contains(needle), "{message} lacks {needle}");
        }
        casemask_error_free(err);
    }
}

/// The status a text call must return, and what its message must contain.
fn expect_text(nulls: &Nulls, text: &Text, have_redactor: bool) -> (casemask_status, Option<String>) {
    if nulls.redactor || !have_redactor {
        return (CASEMASK_STATUS_NULL_ARGUMENT, Some("`redactor` is NULL".into()));
    }
    if nulls.out || nulls.out_len {
        return (CASEMASK_STATUS_NULL_ARGUMENT, None);
    }
    match text.expected() {
        Ok(_) => (CASEMASK_STATUS_OK, None),
        Err(None) => (CASEMASK_STATUS_NULL_ARGUMENT, Some("`text` is NULL".into())),
        Err(Some(at)) => (CASEMASK_STATUS_INVALID_UTF8, Some(format!("at byte offset {at}"))),
    }
}

fn redactor_ptr(pair: &Option<Pair>, null: bool) -> *const casemask_redactor {
    match pair {
        Some(p) if !null => p.ffi,
        _ => ptr::null(),
    }
}

fn err_ptr(err: &mut *mut casemask_error, null: bool) -> *mut *mut casemask_error {
    *err = untouched();
    if null {
        ptr::null_mut()
    } else {
        err
    }
}

fn new_redactor(config: &Arg, null_out: bool, null_err: bool) -> Option<Pair> {
    let text = Text::new(config);
    let mut out: *mut casemask_redactor = untouched();
    let mut err = untouched();
    let status = unsafe {
        casemask_redactor_new(
            text.ptr(),
            text.len,
            if null_out { ptr::null_mut() } else { &mut out },
            err_ptr(&mut err, null_err),
        )
    };
    // NULL config or length 0: the defaults.
    let json = if text.buf.is_none() { Ok("") } else { text.expected() };
    let (want, needle, core) = if null_out {
        (CASEMASK_STATUS_NULL_ARGUMENT, Some("`out` is NULL".to_string()), None)
    } else {
        match json {
            Err(at) => (CASEMASK_STATUS_INVALID_UTF8, at.map(|at| format!("at byte offset {at}")), None),
            Ok(json) => match Redactor::from_json(json) {
                Ok(core) => (CASEMASK_STATUS_OK, None, Some(core)),
                Err(e) => (CASEMASK_STATUS_INVALID_CONFIG, Some(e.to_string()), None),
            },
        }
    };
    check_status("casemask_redactor_new", status, want, err, !null_err, needle.as_deref());
    match core {
        Some(core) => {
            assert!(!out.is_null() && out != untouched());
            Some(Pair { ffi: out, core })
        }
        None => {
            assert_eq!(out, untouched(), "a failed casemask_redactor_new wrote *out");
            None
        }
    }
}

unsafe fn redact(pair: &Option<Pair>, arg: &Arg, nulls: &Nulls) {
    let text = Text::new(arg);
    let mut out: *mut c_char = untouched();
    let mut out_len = 12345usize;
    let mut err = untouched();
    let status = casemask_redact(
        redactor_ptr(pair, nulls.redactor),
        text.ptr(),
        text.len,
        if nulls.out { ptr::null_mut() } else { &mut out },
        if nulls.out_len { ptr::null_mut() } else { &mut out_len },
        err_ptr(&mut err, nulls.err),
    );
    let (want, needle) = expect_text(nulls, &text, pair.is_some());
    check_status("casemask_redact", status, want, err, !nulls.err, needle.as_deref());
    if want != CASEMASK_STATUS_OK {
        assert!(out == untouched() && out_len == 12345, "a failed casemask_redact wrote its outputs");
        return;
    }
    let expected = pair.as_ref().unwrap().core.redact(text.expected().unwrap());
    let got = std::slice::from_raw_parts(out.cast::<u8>(), out_len + 1);
    assert_eq!(&got[..out_len], expected.as_bytes());
    assert_eq!(got[out_len], 0, "NUL-terminated");
    casemask_string_free(out);
}

unsafe fn find(pair: &Option<Pair>, arg: &Arg, nulls: &Nulls) {
    let text = Text::new(arg);
    let mut spans: *mut casemask_span = untouched();
    let mut n = 12345usize;
    let mut err = untouched();
    let status = casemask_find(
        redactor_ptr(pair, nulls.redactor),
        text.ptr(),
        text.len,
        if nulls.out { ptr::null_mut() } else { &mut spans },
        if nulls.out_len { ptr::null_mut() } else { &mut n },
        err_ptr(&mut err, nulls.err),
    );
    let (want, needle) = expect_text(nulls, &text, pair.is_some());
    check_status("casemask_find", status, want, err, !nulls.err, needle.as_deref());
    if want != CASEMASK_STATUS_OK {
        assert!(spans == untouched() && n == 12345, "a failed casemask_find wrote its outputs");
        return;
    }
    let expected = pair.as_ref().unwrap().core.find(text.expected().unwrap());
    assert_eq!(n, expected.len());
    assert_eq!(spans.is_null(), n == 0, "spans is NULL exactly when there are none");
    for (i, s) in expected.iter().enumerate() {
        assert_eq!(*spans.add(i), casemask_span::from(s));
    }
    casemask_spans_free(spans, n);
}

#[allow(clippy::too_many_arguments)]
unsafe fn detailed(
    pair: &Option<Pair>,
    arg: &Arg,
    nulls: &Nulls,
    get: &[u16],
    null_item: bool,
    null_text: (bool, bool),
) {
    let text = Text::new(arg);
    let mut red: *mut casemask_redaction = untouched();
    let mut err = untouched();
    let status = casemask_redact_detailed(
        redactor_ptr(pair, nulls.redactor),
        text.ptr(),
        text.len,
        if nulls.out { ptr::null_mut() } else { &mut red },
        err_ptr(&mut err, nulls.err),
    );
    let quiet = Nulls { out_len: false, ..*nulls };
    let (want, needle) = expect_text(&quiet, &text, pair.is_some());
    check_status("casemask_redact_detailed", status, want, err, !nulls.err, needle.as_deref());
    if want != CASEMASK_STATUS_OK {
        assert_eq!(red, untouched(), "a failed casemask_redact_detailed wrote *out");
        return;
    }
    let expected = pair.as_ref().unwrap().core.redact_detailed(text.expected().unwrap());
    let mut s: *const c_char = untouched();
    let mut len = 12345usize;
    let status = casemask_redaction_text(
        red,
        if null_text.0 { ptr::null_mut() } else { &mut s },
        if null_text.1 { ptr::null_mut() } else { &mut len },
    );
    if null_text.0 || null_text.1 {
        assert_eq!(status, CASEMASK_STATUS_NULL_ARGUMENT);
        assert!(s == untouched() && len == 12345);
    } else {
        assert_eq!(status, CASEMASK_STATUS_OK);
        assert_eq!(
            std::slice::from_raw_parts(s.cast::<u8>(), len + 1),
            [expected.text.as_bytes(), b"\0"].concat()
        );
    }
    assert_eq!(casemask_redaction_len(red), expected.items.len());
    for &i in get {
        let i = i as usize;
        let mut item = std::mem::MaybeUninit::<casemask_redacted_item>::zeroed();
        let status =
            casemask_redaction_get(red, i, if null_item { ptr::null_mut() } else { item.as_mut_ptr() });
        match expected.items.get(i) {
            _ if null_item => assert_eq!(status, CASEMASK_STATUS_NULL_ARGUMENT),
            None => {
                assert_eq!(status, CASEMASK_STATUS_INVALID_ARGUMENT);
                assert!(item.assume_init_ref().replacement.is_null(), "a failed get wrote *item");
            }
            Some(want) => {
                assert_eq!(status, CASEMASK_STATUS_OK);
                let item = item.assume_init();
                assert_eq!(item.label, want.label.into());
                assert_eq!((item.input_start, item.input_end), (want.input.start, want.input.end));
                assert_eq!((item.output_start, item.output_end), (want.output.start, want.output.end));
                assert_eq!(item.score, want.score);
                let replacement =
                    std::slice::from_raw_parts(item.replacement.cast::<u8>(), item.replacement_len + 1);
                assert_eq!(replacement, [want.replacement.as_bytes(), b"\0"].concat());
            }
        }
    }
    casemask_redaction_free(red);
}

#[allow(clippy::too_many_arguments)]
unsafe fn batch(
    pair: &Option<Pair>,
    args: &[Arg],
    null_texts: bool,
    null_lens: bool,
    nulls: &Nulls,
    get: &[u16],
    null_get: (bool, bool),
) {
    let texts: Vec<Text> = args.iter().take(8).map(Text::new).collect();
    let pointers: Vec<*const c_char> = texts.iter().map(Text::ptr).collect();
    let lens: Vec<usize> = texts.iter().map(|t| t.len).collect();
    let n = texts.len();
    let mut list: *mut casemask_string_list = untouched();
    let mut err = untouched();
    let status = casemask_redact_batch(
        redactor_ptr(pair, nulls.redactor),
        if null_texts { ptr::null() } else { pointers.as_ptr() },
        if null_lens { ptr::null() } else { lens.as_ptr() },
        n,
        if nulls.out { ptr::null_mut() } else { &mut list },
        err_ptr(&mut err, nulls.err),
    );
    let (want, needle) = if nulls.redactor || pair.is_none() {
        (CASEMASK_STATUS_NULL_ARGUMENT, Some("`redactor` is NULL".to_string()))
    } else if nulls.out {
        (CASEMASK_STATUS_NULL_ARGUMENT, Some("`out` is NULL".to_string()))
    } else if n > 0 && null_texts {
        (CASEMASK_STATUS_NULL_ARGUMENT, Some("`texts` is NULL".to_string()))
    } else if n > 0 && null_lens {
        (CASEMASK_STATUS_NULL_ARGUMENT, Some("`text_lens` is NULL".to_string()))
    } else {
        let bad = texts.iter().enumerate().find_map(|(i, t)| t.expected().err().map(|e| (i, e)));
        match bad {
            None => (CASEMASK_STATUS_OK, None),
            Some((i, None)) => (CASEMASK_STATUS_NULL_ARGUMENT, Some(format!("`texts[{i}]` is NULL"))),
            Some((i, Some(at))) => (
                CASEMASK_STATUS_INVALID_UTF8,
                Some(format!("`texts[{i}]` is not valid UTF-8 at byte offset {at}")),
            ),
        }
    };
    check_status("casemask_redact_batch", status, want, err, !nulls.err, needle.as_deref());
    if want != CASEMASK_STATUS_OK {
        assert_eq!(list, untouched(), "a failed casemask_redact_batch wrote *out");
        return;
    }
    let core = &pair.as_ref().unwrap().core;
    let inputs: Vec<&str> = texts.iter().map(|t| t.expected().unwrap()).collect();
    let expected = core.redact_batch(&inputs);
    assert_eq!(casemask_string_list_len(list), n);
    for i in (0..n).chain(get.iter().map(|&i| i as usize)) {
        let mut s: *const c_char = untouched();
        let mut len = 12345usize;
        let status = casemask_string_list_get(
            list,
            i,
            if null_get.0 { ptr::null_mut() } else { &mut s },
            if null_get.1 { ptr::null_mut() } else { &mut len },
        );
        if null_get.0 || null_get.1 {
            assert_eq!(status, CASEMASK_STATUS_NULL_ARGUMENT);
        } else if i >= n {
            assert_eq!(status, CASEMASK_STATUS_INVALID_ARGUMENT);
        } else {
            assert_eq!(status, CASEMASK_STATUS_OK);
            let got = std::slice::from_raw_parts(s.cast::<u8>(), len + 1);
            assert_eq!(got, [expected[i].as_bytes(), b"\0"].concat());
            continue;
        }
        assert!(s == untouched() && len == 12345, "a failed get wrote its outputs");
    }
    casemask_string_list_free(list);
}

unsafe fn null_accessors() {
    assert!(casemask_error_message(ptr::null()).is_null());
    assert_eq!(casemask_error_status(ptr::null()), CASEMASK_STATUS_NULL_ARGUMENT);
    assert_eq!(casemask_string_list_len(ptr::null()), 0);
    assert_eq!(casemask_redaction_len(ptr::null()), 0);
    let (mut s, mut len): (*const c_char, usize) = (ptr::null(), 0);
    assert_eq!(casemask_string_list_get(ptr::null(), 0, &mut s, &mut len), CASEMASK_STATUS_NULL_ARGUMENT);
    assert_eq!(casemask_redaction_text(ptr::null(), &mut s, &mut len), CASEMASK_STATUS_NULL_ARGUMENT);
    assert_eq!(casemask_redaction_get(ptr::null(), 0, ptr::null_mut()), CASEMASK_STATUS_NULL_ARGUMENT);
    casemask_redactor_free(ptr::null_mut());
    casemask_string_free(ptr::null_mut());
    casemask_spans_free(ptr::null_mut(), 7);
    casemask_string_list_free(ptr::null_mut());
    casemask_redaction_free(ptr::null_mut());
    casemask_error_free(ptr::null_mut());
}

#[derive(Arbitrary, Debug)]
struct Input {
    config: Arg,
    calls: Vec<Call>,
}

fuzz_target!(|input: Input| {
    let mut pair = new_redactor(&input.config, false, false);
    for call in input.calls.iter().take(16) {
        unsafe {
            match call {
                Call::New { config, null_out, null_err } => {
                    if let Some(new) = new_redactor(config, *null_out, *null_err) {
                        if let Some(old) = pair.replace(new) {
                            casemask_redactor_free(old.ffi);
                        }
                    }
                }
                Call::Redact { text, nulls } => redact(&pair, text, nulls),
                Call::Find { text, nulls } => find(&pair, text, nulls),
                Call::Detailed { text, nulls, get, null_item, null_text } => {
                    detailed(&pair, text, nulls, get, *null_item, *null_text)
                }
                Call::Batch { texts, null_texts, null_lens, nulls, get, null_get } => {
                    batch(&pair, texts, *null_texts, *null_lens, nulls, get, *null_get)
                }
                Call::LabelName(n) => {
                    let name = casemask_label_name(*n);
                    match Label::from_code(*n) {
                        Some(l) => assert_eq!(CStr::from_ptr(name).to_str(), Ok(l.name())),
                        None => assert!(name.is_null()),
                    }
                }
                Call::StatusName(n) => assert_eq!(casemask_status_name(*n).is_null(), *n > 5),
                Call::NullAccessors => null_accessors(),
            }
        }
    }
    if let Some(p) = pair {
        unsafe { casemask_redactor_free(p.ffi) };
    }
});
