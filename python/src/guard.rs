//! Panics stay inside the extension and say nothing about the text.
//!
//! pyo3 turns a Rust panic into `PanicException` carrying the panic message, and Rust's default
//! hook prints that message to stderr. Some panic messages quote the data being processed (a
//! string slice out of bounds shows the string), and stderr of a data-team script ends up in logs.
//! So the module installs a hook that only remembers where the panic happened, and every call
//! into the core runs under [`detached`], which turns a panic into `casemask.CasemaskError`
//! with a generic message and that location.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::prelude::*;

/// Replaces the process's panic hook with one that records only the source location. Called
/// once when the module is imported.
pub(crate) fn install_quiet_hook() {
    casemask::panic_guard::install_quiet_hook();
}

/// Runs `work` with the GIL released; a panic inside becomes `casemask.CasemaskError`.
pub(crate) fn detached<T: Send>(py: Python<'_>, work: impl FnOnce() -> T + Send) -> PyResult<T> {
    // Nothing is shared mutably with the core (a redactor is immutable), so a caught panic
    // leaves no broken state behind.
    py.detach(|| catch_unwind(AssertUnwindSafe(work))).map_err(|_| internal_error(py))
}

/// The error for a caught panic: where it happened, never what it said.
pub(crate) fn internal_error(py: Python<'_>) -> PyErr {
    crate::error_from_python_class(py, "CasemaskError", (casemask::panic_guard::internal_error_message(),))
}

/// For the tests only: panics inside [`detached`] with a message that must not reach Python.
#[pyfunction]
pub(crate) fn _test_panic(py: Python<'_>, message: String) -> PyResult<()> {
    detached(py, move || panic!("{message}"))
}
