//! For the language bindings (the C ABI and the Python module): panics that say nothing about
//! the text.
//!
//! Rust's default panic hook prints the panic message to stderr, and some messages quote the data
//! being processed (a string slice out of bounds shows the string); a host's stderr ends up in
//! logs. [`install_quiet_hook`] replaces the hook with one that only remembers where the panic
//! happened, and a binding that catches a panic reports [`internal_error_message`] instead.

use std::sync::{Mutex, Once};

static LOCATION: Mutex<Option<String>> = Mutex::new(None);

/// Replaces the process's panic hook with one that records only the source location. Runs once
/// per process; later calls do nothing.
pub fn install_quiet_hook() {
    static QUIET: Once = Once::new();
    QUIET.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let location = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
            if let Ok(mut slot) = LOCATION.lock() {
                *slot = location;
            }
        }))
    });
}

/// The message for a caught panic: where the last one happened (taken, so it is reported once),
/// never what it said.
pub fn internal_error_message() -> String {
    let location = LOCATION.lock().ok().and_then(|mut slot| slot.take());
    let at = location.map(|l| format!(" at {l}")).unwrap_or_default();
    format!("internal error (a bug in casemask){at}; please report it")
}
