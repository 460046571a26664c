//! Properties that hold for any input.

use casemask::Redactor;
use proptest::prelude::*;
use std::sync::OnceLock;

fn redactor() -> &'static Redactor {
    static R: OnceLock<Redactor> = OnceLock::new();
    R.get_or_init(Redactor::default)
}

/// Text that looks like case notes: names, numbers and punctuation, plus arbitrary Unicode.
fn note_like() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("Jade Morris ".to_string()),
            Just("Mr Smith said ".to_string()),
            Just("07700 900123".to_string()),
            Just("12/03/2019 ".to_string()),
            Just("BN2 1AB".to_string()),
            Just("943 476 5919".to_string()),
            Just("Flat 3, 41 Hollingbury Road, Brighton".to_string()),
            Just("@kayz_m ".to_string()),
            Just("Name: ".to_string()),
            Just("\n".to_string()),
            Just("'s ".to_string()),
            // Wide spaces, doubled spaces and capitals take their own routes (detect/spaces.rs,
            // gaps.rs, capitals.rs), which copy and map positions.
            Just("B1\u{a0} 1AA ".to_string()),
            Just("943  476\u{202f}\u{2009}5919".to_string()),
            Just("FLAT 3, 12 HIGH  STREET\n".to_string()),
            Just("ST MARK\u{2019}S C OF E PRIMARY ".to_string()),
            Just("  ".to_string()),
            Just("\u{3000}".to_string()),
            "[a-zA-Z0-9 ,.:/@'’\\-]{0,12}",
            any::<String>(),
        ],
        0..12,
    );
    pieces.prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_sorted_disjoint_and_on_char_boundaries(text in note_like()) {
        let spans = redactor().find(&text);
        let mut last = 0;
        for s in &spans {
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(s.start >= last, "overlap or unsorted");
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!((0.0..=1.0).contains(&s.score));
            last = s.end;
        }
    }

    #[test]
    fn tag_output_contains_none_of_the_found_text(text in note_like()) {
        let spans = redactor().find(&text);
        let out = redactor().redact(&text);
        for s in &spans {
            let found = &text[s.start..s.end];
            // Short fragments may occur elsewhere by chance; identifiers of 5+ chars must not.
            if found.chars().count() >= 5 && !text[..s.start].contains(found) && !text[s.end..].contains(found) {
                prop_assert!(!out.contains(found), "{found:?} survived in {out:?}");
            }
        }
    }

    #[test]
    fn never_panics_on_any_string(text in any::<String>()) {
        let _ = redactor().redact_detailed(&text);
    }
}
