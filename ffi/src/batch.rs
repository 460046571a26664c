//! Redacting many texts in one call, in parallel inside the library.

use std::ffi::c_char;

use crate::boundary::{call, call_or, input, item, output, slice, text, Failure};
use crate::{casemask_error, casemask_redactor, casemask_status};

/// A list of strings, such as the outputs of casemask_redact_batch.
///
/// Threads: immutable; may be read from several threads at once. Lifetime: freed with
/// casemask_string_list_free; the strings from casemask_string_list_get belong to the list and
/// are valid until it is freed. It does not borrow from the redactor or the inputs.
pub struct casemask_string_list {
    /// Each string followed by a NUL, so it can be handed out as a C string.
    strings: Vec<String>,
}

/// Redacts n_texts texts in parallel (on the library's own worker threads); output i is what
/// casemask_redact gives for text i.
///
/// texts[i] and text_lens[i] are as text and text_len in casemask_redact; texts and text_lens
/// may be NULL when n_texts is 0. Every text is checked before any work is done. On success *out
/// receives a new list of n_texts strings, in input order, that the caller frees with
/// casemask_string_list_free. Outputs are written only on success; err as in
/// casemask_redactor_new.
///
/// Returns CASEMASK_STATUS_OK, CASEMASK_STATUS_NULL_ARGUMENT, CASEMASK_STATUS_INVALID_UTF8 (the
/// message names the text, such as `texts[3]`, and the byte offset) or CASEMASK_STATUS_PANIC.
///
/// # Safety
/// redactor must be NULL or a live redactor; texts and text_lens must be NULL or point to n_texts
/// items, each text NULL or pointing to its length in readable bytes; out and err must each be
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn casemask_redact_batch(
    redactor: *const casemask_redactor,
    texts: *const *const c_char,
    text_lens: *const usize,
    n_texts: usize,
    out: *mut *mut casemask_string_list,
    err: *mut *mut casemask_error,
) -> casemask_status {
    call("casemask_redact_batch", err, || {
        let redactor = input(redactor, "redactor")?;
        let out = output(out, "out")?;
        let pointers = slice(texts, n_texts, "texts")?;
        let lens = slice(text_lens, n_texts, "text_lens")?;
        let texts = pointers
            .iter()
            .zip(lens)
            .enumerate()
            .map(|(i, (&ptr, &len))| text(ptr, len, &format!("texts[{i}]")))
            .collect::<Result<Vec<&str>, Failure>>()?;
        let mut strings = redactor.inner.redact_batch(&texts);
        strings.iter_mut().for_each(|s| s.push('\0'));
        out.set(Box::into_raw(Box::new(casemask_string_list { strings })));
        Ok(())
    })
}

/// The number of strings in a list; 0 when list is NULL.
///
/// # Safety
/// list must be NULL or a live list.
#[no_mangle]
pub unsafe extern "C" fn casemask_string_list_len(list: *const casemask_string_list) -> usize {
    call_or(0, || list.as_ref().map_or(0, |l| l.strings.len()))
}

/// Gets string number index of a list: *s receives a NUL-terminated string owned by the list
/// (valid until the list is freed; do not free it) and *len its length in bytes without the NUL.
/// Outputs are written only on success.
///
/// Returns CASEMASK_STATUS_OK, CASEMASK_STATUS_NULL_ARGUMENT, CASEMASK_STATUS_INVALID_ARGUMENT
/// (index is not below casemask_string_list_len) or CASEMASK_STATUS_PANIC.
///
/// # Safety
/// list must be NULL or a live list; s and len must each be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn casemask_string_list_get(
    list: *const casemask_string_list,
    index: usize,
    s: *mut *const c_char,
    len: *mut usize,
) -> casemask_status {
    call("casemask_string_list_get", std::ptr::null_mut(), || {
        let list = input(list, "list")?;
        let (s, len) = (output(s, "s")?, output(len, "len")?);
        let string = item(&list.strings, index)?;
        len.set(string.len() - 1);
        s.set(string.as_ptr().cast());
        Ok(())
    })
}

/// Frees a list and its strings. NULL is a no-op; freeing twice is the caller's bug.
///
/// # Safety
/// list must be NULL or come from casemask_redact_batch and not have been freed.
#[no_mangle]
pub unsafe extern "C" fn casemask_string_list_free(list: *mut casemask_string_list) {
    call_or((), || {
        if !list.is_null() {
            drop(Box::from_raw(list));
        }
    })
}
