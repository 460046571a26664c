//! casemask finds and masks the identifiers of service users in UK social-care case records:
//! names, addresses, postcodes, dates, case and reference numbers, NHS and National Insurance
//! numbers, phone numbers, email addresses and social-media handles.
//!
//! Build a [`Redactor`] once from a [`Config`] (or JSON), then call [`Redactor::find`],
//! [`Redactor::redact`] or [`Redactor::redact_detailed`] from any number of threads.
//!
//! # Example
//! ```
//! use casemask::{Label, Redactor};
//!
//! let redactor = Redactor::from_json(r#"{"known_people": ["Jade Morris"]}"#)?;
//! let text = "Jade Morris (DOB 01/02/2010) lives at 27 Carlton Terrace, Brighton BN2 1AB.";
//! assert_eq!(
//!     redactor.redact(text),
//!     "[PERSON] (DOB [DATE]) lives at [ADDRESS] [POSTCODE]."
//! );
//! let labels: Vec<Label> = redactor.find(text).iter().map(|s| s.label).collect();
//! assert_eq!(labels, [Label::Person, Label::Date, Label::Address, Label::Postcode]);
//! # Ok::<(), casemask::Error>(())
//! ```
#![deny(missing_docs)]

mod config;
mod detect;
mod error;
mod label;
mod lexicon;
mod operate;
#[doc(hidden)]
pub mod panic_guard;
mod redactor;
mod span;
mod tokens;

pub use config::{
    Config, DateOrder, DenyTerm, KnownPerson, KnownValue, Operator, Operators, DEFAULT_MIN_SCORE,
};
pub use error::Error;
pub use label::{Label, UnknownLabel};
pub use redactor::Redactor;
pub use span::{RedactedItem, Redaction, Span};

/// The crate version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
