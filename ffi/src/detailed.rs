//! Redaction with a record of every masked span, for audit logs.

use std::ffi::c_char;

use casemask_core::Redaction;

use crate::boundary::{call, call_or, input, item, output, text};
use crate::{casemask_error, casemask_label, casemask_redactor, casemask_status};

/// The result of casemask_redact_detailed: the redacted text and one item per masked span.
///
/// Threads: immutable; may be read from several threads at once. Lifetime: freed with
/// casemask_redaction_free; the strings it hands out are valid until then. It does not borrow
/// from the redactor or the input.
pub struct casemask_redaction {
    /// The text and every replacement carry a trailing NUL, so they can be handed out as C
    /// strings.
    redaction: Redaction,
}

/// One masked span: enough for an audit log that does not keep the original text.
///
/// A plain value filled in by casemask_redaction_get; replacement points into the redaction it
/// came from and must not outlive it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct casemask_redacted_item {
    /// What kind of identifier was masked.
    pub label: casemask_label,
    /// Byte offset in the input text where the identifier started.
    pub input_start: usize,
    /// Byte offset in the input text just past the identifier.
    pub input_end: usize,
    /// Byte offset in the output text where the replacement starts.
    pub output_start: usize,
    /// Byte offset in the output text just past the replacement.
    pub output_end: usize,
    /// The span's score, from 0.0 to 1.0.
    pub score: f32,
    /// The replacement, NUL-terminated (empty for the `remove` operator). Owned by the redaction.
    pub replacement: *const c_char,
    /// The replacement's length in bytes, without the NUL.
    pub replacement_len: usize,
}

/// Redacts a text as casemask_redact does and also reports each masked span.
///
/// text as in casemask_redact. On success *out receives a new redaction that the caller frees
/// with casemask_redaction_free. Outputs are written only on success; err as in
/// casemask_redactor_new.
///
/// Returns CASEMASK_STATUS_OK, CASEMASK_STATUS_NULL_ARGUMENT, CASEMASK_STATUS_INVALID_UTF8 or
/// CASEMASK_STATUS_PANIC.
///
/// # Safety
/// redactor must be NULL or a live redactor; text must be NULL or point to text_len readable
/// bytes; out and err must each be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn casemask_redact_detailed(
    redactor: *const casemask_redactor,
    text: *const c_char,
    text_len: usize,
    out: *mut *mut casemask_redaction,
    err: *mut *mut casemask_error,
) -> casemask_status {
    call("casemask_redact_detailed", err, || {
        let redactor = input(redactor, "redactor")?;
        let out = output(out, "out")?;
        let mut redaction = redactor.inner.redact_detailed(self::text(text, text_len, "text")?);
        redaction.text.push('\0');
        redaction.items.iter_mut().for_each(|item| item.replacement.push('\0'));
        out.set(Box::into_raw(Box::new(casemask_redaction { redaction })));
        Ok(())
    })
}

/// The redacted text: *text receives a NUL-terminated string owned by the redaction (valid until
/// it is freed; do not free it) and *text_len its length in bytes without the NUL. Outputs are
/// written only on success.
///
/// Returns CASEMASK_STATUS_OK, CASEMASK_STATUS_NULL_ARGUMENT or CASEMASK_STATUS_PANIC.
///
/// # Safety
/// redaction must be NULL or a live redaction; text and text_len must each be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn casemask_redaction_text(
    redaction: *const casemask_redaction,
    text: *mut *const c_char,
    text_len: *mut usize,
) -> casemask_status {
    call("casemask_redaction_text", std::ptr::null_mut(), || {
        let redaction = &input(redaction, "redaction")?.redaction;
        let (text, text_len) = (output(text, "text")?, output(text_len, "text_len")?);
        text_len.set(redaction.text.len() - 1);
        text.set(redaction.text.as_ptr().cast());
        Ok(())
    })
}

/// The number of masked spans in a redaction; 0 when redaction is NULL.
///
/// # Safety
/// redaction must be NULL or a live redaction.
#[no_mangle]
pub unsafe extern "C" fn casemask_redaction_len(redaction: *const casemask_redaction) -> usize {
    call_or(0, || redaction.as_ref().map_or(0, |r| r.redaction.items.len()))
}

/// Gets masked span number index of a redaction (in text order), copied into *item; its
/// replacement points into the redaction. Outputs are written only on success.
///
/// Returns CASEMASK_STATUS_OK, CASEMASK_STATUS_NULL_ARGUMENT, CASEMASK_STATUS_INVALID_ARGUMENT
/// (index is not below casemask_redaction_len) or CASEMASK_STATUS_PANIC.
///
/// # Safety
/// redaction must be NULL or a live redaction; item must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn casemask_redaction_get(
    redaction: *const casemask_redaction,
    index: usize,
    item: *mut casemask_redacted_item,
) -> casemask_status {
    call("casemask_redaction_get", std::ptr::null_mut(), || {
        let redaction = &input(redaction, "redaction")?.redaction;
        let out = output(item, "item")?;
        let found = self::item(&redaction.items, index)?;
        out.set(casemask_redacted_item {
            label: found.label.into(),
            input_start: found.input.start,
            input_end: found.input.end,
            output_start: found.output.start,
            output_end: found.output.end,
            score: found.score,
            replacement: found.replacement.as_ptr().cast(),
            replacement_len: found.replacement.len() - 1,
        });
        Ok(())
    })
}

/// Frees a redaction and the strings it handed out. NULL is a no-op; freeing twice is the
/// caller's bug.
///
/// # Safety
/// redaction must be NULL or come from casemask_redact_detailed and not have been freed.
#[no_mangle]
pub unsafe extern "C" fn casemask_redaction_free(redaction: *mut casemask_redaction) {
    call_or((), || {
        if !redaction.is_null() {
            drop(Box::from_raw(redaction));
        }
    })
}
