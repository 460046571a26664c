//! The JSON configuration parser on arbitrary bytes (seeded with real configurations and a
//! dictionary of keys, labels and operator names).
//!
//! Checks: no panic; an error names a key its message contains, and never quotes a marked value;
//! `Deserialize` agrees with `from_json`; a valid configuration survives `to_json`/`from_json`;
//! a redactor built from it keeps every invariant on a sample note plus the configuration's own
//! strings (so known people and deny phrases occur in the text).
#![no_main]

use casemask::{Config, Redactor};
use casemask_fuzz::{check_config_roundtrip, check_message, check_redactor, MARKER};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

const SAMPLE: &str = "Jade Morris (DOB 01/02/2010) lives at 27 Carlton Terrace, Brighton BN2 1AB. \
    Ref CS-2019-004512, NHS 943 476 5919, call 07700 900123 or jade@example.com, @kayz_m. \
    Mr Smith saw her on 12 March 2019 at Sunnyside Children's Home. ZZSECRETZZ aaaaaaaaaaaa\n";

fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
        Value::Object(map) => map.values().for_each(|i| strings(i, out)),
        _ => {}
    }
}

/// Whether an object key holds the marker: short plain unknown keys are named in messages on
/// purpose (they are key names, not values), so the marker check is for values only.
fn marker_in_a_key(v: &Value) -> bool {
    match v {
        Value::Array(items) => items.iter().any(marker_in_a_key),
        Value::Object(map) => map.iter().any(|(k, v)| k.contains(MARKER) || marker_in_a_key(v)),
        _ => false,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    let parsed = Config::from_json(json);
    let value = serde_json::from_str::<Value>(json).ok();
    let check_message = |m: &str| {
        if !value.as_ref().is_some_and(marker_in_a_key) {
            check_message(m)
        }
    };
    if !json.trim().is_empty() {
        let via_serde = serde_json::from_str::<Config>(json);
        assert_eq!(via_serde.is_ok(), parsed.is_ok(), "Deserialize agrees with from_json");
        if let (Ok(a), Ok(b)) = (&via_serde, &parsed) {
            assert_eq!(a, b);
        }
    }
    let config = match parsed {
        Ok(config) => config,
        Err(e) => {
            let message = e.to_string();
            check_message(&message);
            check_message(&format!("{e:?}"));
            if let Some(key) = e.config_key() {
                assert!(message.contains(&key), "the message names its key {key}: {message}");
                check_message(&key);
            }
            return;
        }
    };
    check_config_roundtrip(&config);
    match Redactor::new(config) {
        Ok(redactor) => {
            check_message(&format!("{redactor:?}"));
            let mut text = SAMPLE.to_string();
            if let Some(value) = &value {
                let mut found = Vec::new();
                strings(value, &mut found);
                for s in found.iter().take(32) {
                    text.push_str(s);
                    text.push_str(". ");
                }
            }
            check_redactor(&redactor, &text);
        }
        Err(e) => {
            check_message(&e.to_string());
            check_message(&format!("{e:?}"));
        }
    }
});
