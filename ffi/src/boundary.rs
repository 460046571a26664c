//! The boundary every export goes through: argument checks, panics caught, errors allocated.
//!
//! An export's body runs as a closure inside [`call`] (or [`call_or`] for exports that return no
//! status). Checks come first and outputs are written last, so a failure leaves every output as
//! the caller had it.

use std::ffi::{c_char, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::NonNull;

/// The result of a call. Numbers are never reused or renumbered; new codes are appended.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum casemask_status {
    /// Success: the outputs were written.
    CASEMASK_STATUS_OK = 0,
    /// A required pointer argument was NULL (the message names it).
    CASEMASK_STATUS_NULL_ARGUMENT = 1,
    /// A text or configuration was not valid UTF-8 (the message gives the byte offset).
    CASEMASK_STATUS_INVALID_UTF8 = 2,
    /// The JSON configuration was invalid (the message names the key, never a value).
    CASEMASK_STATUS_INVALID_CONFIG = 3,
    /// An internal error (a bug in casemask) was caught; the library is still usable.
    CASEMASK_STATUS_PANIC = 4,
    /// An argument was out of range, such as an index past the end of a list.
    CASEMASK_STATUS_INVALID_ARGUMENT = 5,
}

use casemask_status::*;

/// A failed call: its status and a message.
///
/// Ownership: created by a failing function when its `err` argument is not NULL; the caller owns
/// it and frees it with casemask_error_free. It is not shared: use it from one thread at a time.
pub struct casemask_error {
    status: casemask_status,
    message: CString,
}

impl casemask_error {
    pub(crate) fn status(&self) -> casemask_status {
        self.status
    }

    pub(crate) fn message(&self) -> &CString {
        &self.message
    }
}

/// Why a call failed, before it becomes a `casemask_error`.
pub(crate) struct Failure {
    status: casemask_status,
    message: String,
}

impl Failure {
    pub(crate) fn new(status: casemask_status, message: impl Into<String>) -> Failure {
        Failure { status, message: message.into() }
    }
}

/// Runs an export's body: catches panics, turns a failure into a status and, when `err` is not
/// NULL, a `casemask_error` written to `*err`. `function` prefixes the message.
///
/// # Safety
/// `err` must be NULL or valid for a pointer write.
pub(crate) unsafe fn call(
    function: &str,
    err: *mut *mut casemask_error,
    body: impl FnOnce() -> Result<(), Failure>,
) -> casemask_status {
    let failure = match catch(body) {
        Some(Ok(())) => return CASEMASK_STATUS_OK,
        Some(Err(failure)) => failure,
        None => panic_failure(),
    };
    let status = failure.status;
    if !err.is_null() {
        // Messages are built here, never from input text, so they hold no NUL; be safe anyway.
        let message = format!("{function}: {}", failure.message).replace('\0', " ");
        let error = casemask_error { status, message: CString::new(message).unwrap_or_default() };
        err.write(Box::into_raw(Box::new(error)));
    }
    status
}

/// Runs the body of an export that returns no status; a panic gives `fallback`.
pub(crate) fn call_or<T>(fallback: T, body: impl FnOnce() -> T) -> T {
    catch(body).unwrap_or(fallback)
}

fn catch<T>(body: impl FnOnce() -> T) -> Option<T> {
    // The default hook would print the panic message, which may quote the text, to the host's
    // stderr and logs.
    casemask_core::panic_guard::install_quiet_hook();
    // Nothing is shared mutably across the boundary (a redactor is immutable), so a caught panic
    // leaves no broken state behind.
    catch_unwind(AssertUnwindSafe(body)).ok()
}

fn panic_failure() -> Failure {
    Failure::new(CASEMASK_STATUS_PANIC, casemask_core::panic_guard::internal_error_message())
}

/// A required input pointer as a reference.
///
/// # Safety
/// `ptr` must be NULL or point to a valid `T` that outlives `'a`.
pub(crate) unsafe fn input<'a, T>(ptr: *const T, name: &str) -> Result<&'a T, Failure> {
    ptr.as_ref().ok_or_else(|| null_argument(name))
}

/// A required output pointer, written only once the call has succeeded.
pub(crate) struct Output<T>(NonNull<T>);

impl<T> Output<T> {
    /// Writes the output; the memory it replaces is not read or dropped.
    ///
    /// # Safety
    /// The pointer given to [`output`] must be valid for a write of `T`.
    pub(crate) unsafe fn set(self, value: T) {
        self.0.as_ptr().write(value);
    }
}

/// Checks a required output pointer.
pub(crate) fn output<T>(ptr: *mut T, name: &str) -> Result<Output<T>, Failure> {
    NonNull::new(ptr).map(Output).ok_or_else(|| null_argument(name))
}

/// A pointer-and-length array as a slice. Zero length is the empty slice, whatever the pointer.
///
/// # Safety
/// When `len` is not zero, `ptr` must be NULL or point to `len` valid items that outlive `'a`.
pub(crate) unsafe fn slice<'a, T>(ptr: *const T, len: usize, name: &str) -> Result<&'a [T], Failure> {
    match len {
        0 => Ok(&[]),
        _ if ptr.is_null() => Err(null_argument(name)),
        _ => Ok(std::slice::from_raw_parts(ptr, len)),
    }
}

/// A pointer-and-length text as `&str`. Zero length is the empty text, whatever the pointer.
///
/// # Safety
/// When `len` is not zero, `ptr` must be NULL or point to `len` readable bytes that outlive `'a`.
pub(crate) unsafe fn text<'a>(ptr: *const c_char, len: usize, name: &str) -> Result<&'a str, Failure> {
    let bytes = slice(ptr.cast::<u8>(), len, name)?;
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        Failure::new(
            CASEMASK_STATUS_INVALID_UTF8,
            format!("`{name}` is not valid UTF-8 at byte offset {offset}"),
        )
    })
}

fn null_argument(name: &str) -> Failure {
    Failure::new(CASEMASK_STATUS_NULL_ARGUMENT, format!("`{name}` is NULL"))
}

/// Item `index` of a list handed out earlier, or an INVALID_ARGUMENT failure.
pub(crate) fn item<T>(items: &[T], index: usize) -> Result<&T, Failure> {
    items.get(index).ok_or_else(|| {
        let message = format!("index {index} is out of range for {} items", items.len());
        Failure::new(CASEMASK_STATUS_INVALID_ARGUMENT, message)
    })
}
