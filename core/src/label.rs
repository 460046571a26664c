//! The kinds of identifier casemask finds.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A kind of identifier.
///
/// The uppercase names ([`Label::name`]) are the same in every interface (Rust, C, Python, JSON).
/// New labels may be added in later releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Label {
    /// A person's name, in any of its forms.
    Person,
    /// A street address, flat, house name or a place that locates someone (a school, a home).
    Address,
    /// A UK postcode.
    Postcode,
    /// A calendar date, or a month and year.
    Date,
    /// A case, reference, court, police or pupil number.
    CaseNumber,
    /// An NHS number (or Scottish CHI number), modulus 11 checked.
    NhsNumber,
    /// A National Insurance number.
    NiNumber,
    /// A UK telephone number.
    Phone,
    /// An email address.
    Email,
    /// A social-media handle or profile URL.
    Handle,
}

impl Label {
    /// Every label, in the order of their stable C ABI values (1, 2, ...).
    pub const ALL: [Label; 10] = [
        Label::Person,
        Label::Address,
        Label::Postcode,
        Label::Date,
        Label::CaseNumber,
        Label::NhsNumber,
        Label::NiNumber,
        Label::Phone,
        Label::Email,
        Label::Handle,
    ];

    /// The label's uppercase name, such as `"PERSON"` or `"CASE_NUMBER"`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(casemask::Label::NhsNumber.name(), "NHS_NUMBER");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Address => "ADDRESS",
            Label::Postcode => "POSTCODE",
            Label::Date => "DATE",
            Label::CaseNumber => "CASE_NUMBER",
            Label::NhsNumber => "NHS_NUMBER",
            Label::NiNumber => "NI_NUMBER",
            Label::Phone => "PHONE",
            Label::Email => "EMAIL",
            Label::Handle => "HANDLE",
        }
    }

    /// The label's stable number in the C ABI (`CASEMASK_LABEL_PERSON = 1`, ...).
    pub fn code(self) -> u32 {
        Label::ALL.iter().position(|&l| l == self).unwrap() as u32 + 1
    }

    /// The label with the given C ABI number, if there is one.
    pub fn from_code(code: u32) -> Option<Label> {
        let index = usize::try_from(code).ok()?.checked_sub(1)?;
        Label::ALL.get(index).copied()
    }

    pub(crate) fn index(self) -> usize {
        self.code() as usize - 1
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error returned when a string is not a label's name.
///
/// It does not keep the string: label names come from configuration, which may be careless.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLabel(());

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown label (expected one of PERSON, ADDRESS, POSTCODE, DATE, CASE_NUMBER, NHS_NUMBER, NI_NUMBER, PHONE, EMAIL, HANDLE)")
    }
}

impl std::error::Error for UnknownLabel {}

impl FromStr for Label {
    type Err = UnknownLabel;

    /// Parses an exact uppercase label name.
    fn from_str(s: &str) -> Result<Label, UnknownLabel> {
        Label::ALL.iter().copied().find(|l| l.name() == s).ok_or(UnknownLabel(()))
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Label, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
