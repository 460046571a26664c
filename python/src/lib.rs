//! `casemask._casemask`: the compiled half of the Python package `casemask`.
//!
//! A thin layer over the Rust crate. Arguments are extracted while the GIL is held, the work runs
//! with it released, and byte offsets become Python `str` indices (code points) on the way out.
//! The streaming engine behind the `casemask` command line lives in [`stream`].

use std::cell::Cell;
use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType};
use serde_json::{Map, Value};

mod csv;
mod guard;
mod offsets;
mod stream;

use guard::detached;
use offsets::CharIndex;

/// Raises `casemask.ConfigError(message, key)`, defined in `casemask/_errors.py` so that it can
/// inherit from both `CasemaskError` and `ValueError`.
fn config_error(py: Python<'_>, err: &casemask::Error) -> PyErr {
    error_from_python_class(py, "ConfigError", (err.to_string(), err.config_key()))
}

pub(crate) fn error_from_python_class<'py, A>(py: Python<'py>, name: &str, args: A) -> PyErr
where
    A: pyo3::call::PyCallArgs<'py>,
{
    static ERRORS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let module =
        match ERRORS.get_or_try_init(py, || py.import("casemask._errors").map(|m| m.into_any().unbind())) {
            Ok(m) => m.bind(py),
            Err(e) => return e,
        };
    match module.getattr(name).and_then(|cls| cls.call1(args)) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

/// Extracts a `str` argument as UTF-8, with errors that never contain the text itself.
///
/// `what` names the argument in messages, such as `text` or `texts[3]`.
fn extract_text(obj: &Bound<'_, PyAny>, what: &dyn Fn() -> String) -> PyResult<String> {
    let s = obj.cast::<PyString>().map_err(|_| {
        let type_name = obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("{} must be str, not {type_name}", what()))
    })?;
    match s.to_cow() {
        Ok(text) => Ok(text.into_owned()),
        Err(err) => {
            // UnicodeEncodeError keeps the whole string in `.object`: raise a fresh error that
            // gives only the index of the offending code point.
            let py = obj.py();
            let index = err.value(py).getattr("start").ok().and_then(|i| i.extract::<usize>().ok());
            let at = index.map_or(String::new(), |i| format!(" at index {i}"));
            Err(PyValueError::new_err(format!(
                "{} contains a lone surrogate{at}, which is not valid Unicode \
                 (clean it first, for example with .encode('utf-8', 'replace').decode())",
                what()
            )))
        }
    }
}

/// Extracts a list, tuple or other iterable of `str` (but not a single `str`).
fn extract_texts(obj: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<pyo3::types::PyBytes>() {
        return Err(PyTypeError::new_err("texts must be a list of str, not a single str or bytes"));
    }
    let iter = obj.try_iter().map_err(|_| {
        let type_name = obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("texts must be a list of str, not {type_name}"))
    })?;
    let mut texts = Vec::with_capacity(obj.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        texts.push(extract_text(&item?, &|| format!("texts[{i}]"))?);
    }
    Ok(texts)
}

/// Converts keyword arguments (or any plain Python data) to JSON for `Config::from_value`.
///
/// Only the JSON-shaped types are accepted; anything else is a `TypeError` naming the key path.
fn to_json(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(extract_text(s.as_any(), &|| format!("config key `{path}`"))?));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        return Ok(Value::from(obj.extract::<f64>()?));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        // NaN and infinities have no JSON form; Null makes the core name the key.
        return Ok(serde_json::Number::from_f64(f.value()).map_or(Value::Null, Value::Number));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let key = k
                .cast::<PyString>()
                .map_err(|_| PyTypeError::new_err(format!("config key `{path}` must have str keys")))?;
            let key = extract_text(key.as_any(), &|| format!("a key in config key `{path}`"))?;
            let child = format!("{path}.{key}");
            map.insert(key, to_json(&v, &child)?);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for (i, item) in obj.try_iter()?.enumerate() {
            items.push(to_json(&item?, &format!("{path}[{i}]"))?);
        }
        return Ok(Value::Array(items));
    }
    let type_name = obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
    Err(PyTypeError::new_err(format!(
        "config key `{path}` must be a str, number, bool, list or dict, not {type_name}"
    )))
}

/// A score as Python sees it: the shortest decimal that round-trips the `f32` (0.9, not
/// 0.8999999761581421).
fn score_f64(score: f32) -> f64 {
    // Formatting and parsing cost about 1,000 instructions, as much as the rest of converting
    // a span; detectors use a few dozen scores, so each thread remembers the last one per slot.
    thread_local! {
        // u32::MAX is a NaN's bits, whose conversion is NaN: the empty slots are right too.
        static SEEN: [Cell<(u32, f64)>; 64] = const { [const { Cell::new((u32::MAX, f64::NAN)) }; 64] };
    }
    let bits = score.to_bits();
    let slot = ((bits ^ bits >> 11 ^ bits >> 22) % 64) as usize;
    SEEN.with(|seen| {
        let (seen_bits, seen_value) = seen[slot].get();
        if seen_bits == bits {
            return seen_value;
        }
        let value = score.to_string().parse().unwrap_or(score as f64);
        seen[slot].set((bits, value));
        value
    })
}

fn interned<'py>(py: Python<'py>, s: &str) -> Py<PyString> {
    PyString::intern(py, s).unbind()
}

/// The interned Python string of a label or detector name. These are `&'static str`s from a
/// small fixed set, so each is interned once per process and found again by its address:
/// interning afresh cost about a fifth of converting a span.
fn static_name(py: Python<'_>, name: &'static str) -> Py<PyString> {
    /// Each name's address and length, and its Python string.
    type Names = Vec<((usize, usize), Py<PyString>)>;
    static NAMES: PyOnceLock<std::sync::Mutex<Names>> = PyOnceLock::new();
    let names = NAMES.get_or_init(py, || std::sync::Mutex::new(Vec::new()));
    let mut names = names.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let key = (name.as_ptr() as usize, name.len());
    if let Some((_, s)) = names.iter().find(|(k, _)| *k == key) {
        return s.clone_ref(py);
    }
    let s = interned(py, name);
    names.push((key, s.clone_ref(py)));
    s
}

/// One identifier found in a text. Offsets are `str` indices: `text[span.start:span.end]`.
#[pyclass(frozen, module = "casemask._casemask", name = "Span")]
pub struct PySpan {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    label: Py<PyString>,
    #[pyo3(get)]
    score: f64,
    #[pyo3(get)]
    text: Py<PyString>,
    #[pyo3(get)]
    detector: Py<PyString>,
}

impl PySpan {
    fn key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        (self.start, self.end, &self.label, self.score, &self.text, &self.detector).into_pyobject(py)
    }
}

#[pymethods]
impl PySpan {
    #[new]
    fn new(
        py: Python<'_>,
        start: usize,
        end: usize,
        label: &str,
        score: f64,
        text: &str,
        detector: &str,
    ) -> PySpan {
        PySpan {
            start,
            end,
            label: interned(py, label),
            score,
            text: PyString::new(py, text).unbind(),
            detector: interned(py, detector),
        }
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        Ok((slf.get_type(), slf.get().key(slf.py())?))
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let Ok(other) = other.cast::<PySpan>() else { return Ok(py.NotImplemented()) };
        equality(py, op, || self.key(py)?.eq(other.get().key(py)?))
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        self.key(py)?.hash()
    }

    /// Leaves out the matched text, which is personal data, so that logging a span is safe.
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Span(start={}, end={}, label='{}', score={:?}, detector='{}')",
            self.start,
            self.end,
            self.label.bind(py),
            self.score,
            self.detector.bind(py)
        )
    }
}

/// `==` and `!=` from `equal` (run only for those); other comparisons are not supported.
fn equality(py: Python<'_>, op: CompareOp, equal: impl FnOnce() -> PyResult<bool>) -> PyResult<Py<PyAny>> {
    match op {
        CompareOp::Eq | CompareOp::Ne => {
            let equal = equal()?;
            Ok(PyBool::new(py, equal == matches!(op, CompareOp::Eq)).to_owned().into_any().unbind())
        }
        _ => Ok(py.NotImplemented()),
    }
}

/// A record of one masked span, as `redact_detailed` reports it.
#[pyclass(frozen, module = "casemask._casemask", name = "RedactedItem")]
pub struct PyRedactedItem {
    #[pyo3(get)]
    label: Py<PyString>,
    #[pyo3(get)]
    input: (usize, usize),
    #[pyo3(get)]
    output: (usize, usize),
    #[pyo3(get)]
    replacement: Py<PyString>,
    #[pyo3(get)]
    score: f64,
    #[pyo3(get)]
    detector: Py<PyString>,
}

impl PyRedactedItem {
    fn key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        (&self.label, self.input, self.output, &self.replacement, self.score, &self.detector)
            .into_pyobject(py)
    }
}

#[pymethods]
impl PyRedactedItem {
    #[new]
    fn new(
        py: Python<'_>,
        label: &str,
        input: (usize, usize),
        output: (usize, usize),
        replacement: &str,
        score: f64,
        detector: &str,
    ) -> PyRedactedItem {
        PyRedactedItem {
            label: interned(py, label),
            input,
            output,
            replacement: PyString::new(py, replacement).unbind(),
            score,
            detector: interned(py, detector),
        }
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        Ok((slf.get_type(), slf.get().key(slf.py())?))
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let Ok(other) = other.cast::<PyRedactedItem>() else { return Ok(py.NotImplemented()) };
        equality(py, op, || self.key(py)?.eq(other.get().key(py)?))
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        self.key(py)?.hash()
    }

    /// Leaves out the replacement, which is the original text under the `keep` operator.
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "RedactedItem(label='{}', input={:?}, output={:?}, score={:?}, detector='{}')",
            self.label.bind(py),
            self.input,
            self.output,
            self.score,
            self.detector.bind(py)
        )
    }
}

/// The result of `redact_detailed`: the redacted text and one item per masked span.
#[pyclass(frozen, module = "casemask._casemask", name = "Redaction")]
pub struct PyRedaction {
    #[pyo3(get)]
    text: Py<PyString>,
    items: Vec<Py<PyRedactedItem>>,
}

#[pymethods]
impl PyRedaction {
    #[new]
    fn new(text: Bound<'_, PyString>, items: Vec<Bound<'_, PyRedactedItem>>) -> PyRedaction {
        PyRedaction { text: text.unbind(), items: items.into_iter().map(Bound::unbind).collect() }
    }

    /// A new list on each access: the redaction itself is immutable.
    #[getter]
    fn items<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.items.iter().map(|i| i.clone_ref(py)))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let args = (slf.get().text.clone_ref(py), slf.get().items(py)?).into_pyobject(py)?;
        Ok((slf.get_type(), args))
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let Ok(other) = other.cast::<PyRedaction>() else { return Ok(py.NotImplemented()) };
        equality(py, op, || {
            let other = other.get();
            let mut equal =
                self.text.bind(py).as_any().eq(other.text.bind(py))? && self.items.len() == other.items.len();
            for (a, b) in self.items.iter().zip(&other.items) {
                if !equal {
                    break;
                }
                equal = a.get().key(py)?.eq(b.get().key(py)?)?;
            }
            Ok(equal)
        })
    }

    /// Shows the shape only: the redacted text can still hold identifiers kept by `keep`.
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("Redaction(len(text)={}, items={})", self.text.bind(py).len()?, self.items.len()))
    }
}

fn spans_to_python<'py>(
    py: Python<'py>,
    text: &str,
    spans: &[casemask::Span],
) -> PyResult<Bound<'py, PyList>> {
    let mut index = CharIndex::new(text);
    let list = PyList::empty(py);
    for span in spans {
        let start = index.char_offset(span.start);
        let end = index.char_offset(span.end);
        let span = PySpan {
            start,
            end,
            label: static_name(py, span.label.name()),
            score: score_f64(span.score),
            text: PyString::new(py, &text[span.start..span.end]).unbind(),
            detector: static_name(py, span.detector),
        };
        list.append(Bound::new(py, span)?)?;
    }
    Ok(list)
}

fn redaction_to_python<'py>(
    py: Python<'py>,
    input: &str,
    redaction: &casemask::Redaction,
) -> PyResult<Bound<'py, PyRedaction>> {
    let mut in_index = CharIndex::new(input);
    let mut out_index = CharIndex::new(&redaction.text);
    let mut items = Vec::with_capacity(redaction.items.len());
    for item in &redaction.items {
        let input = (in_index.char_offset(item.input.start), in_index.char_offset(item.input.end));
        let output = (out_index.char_offset(item.output.start), out_index.char_offset(item.output.end));
        let item = PyRedactedItem {
            label: static_name(py, item.label.name()),
            input,
            output,
            replacement: PyString::new(py, &item.replacement).unbind(),
            score: score_f64(item.score),
            detector: static_name(py, item.detector),
        };
        items.push(Py::new(py, item)?);
    }
    Bound::new(py, PyRedaction { text: PyString::new(py, &redaction.text).unbind(), items })
}

/// A compiled redaction pipeline: immutable, thread-safe and picklable.
#[pyclass(frozen, module = "casemask._casemask", name = "Redactor")]
pub struct PyRedactor {
    pub(crate) inner: Arc<casemask::Redactor>,
}

impl PyRedactor {
    fn build(py: Python<'_>, config: casemask::Config) -> PyResult<PyRedactor> {
        // Compiling patterns and loading word lists takes a while: let other threads run.
        let built = detached(py, || casemask::Redactor::new(config))?;
        built.map(|r| PyRedactor { inner: Arc::new(r) }).map_err(|e| config_error(py, &e))
    }
}

#[pymethods]
impl PyRedactor {
    #[new]
    #[pyo3(signature = (**config))]
    fn new(py: Python<'_>, config: Option<&Bound<'_, PyDict>>) -> PyResult<PyRedactor> {
        let mut map = Map::new();
        if let Some(kwargs) = config {
            for (k, v) in kwargs.iter() {
                let key: String = k.extract()?;
                // `None` means "the default", as if the keyword were not given.
                if !v.is_none() {
                    let value = to_json(&v, &key)?;
                    map.insert(key, value);
                }
            }
        }
        let config = casemask::Config::from_value(&Value::Object(map)).map_err(|e| config_error(py, &e))?;
        PyRedactor::build(py, config)
    }

    #[classmethod]
    fn from_json(cls: &Bound<'_, PyType>, json: &Bound<'_, PyAny>) -> PyResult<PyRedactor> {
        let py = cls.py();
        let json = extract_text(json, &|| "json".to_string())?;
        let config = casemask::Config::from_json(&json).map_err(|e| config_error(py, &e))?;
        PyRedactor::build(py, config)
    }

    fn to_json(&self) -> String {
        self.inner.config().to_json()
    }

    fn find<'py>(&self, py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let text = extract_text(text, &|| "text".to_string())?;
        let inner = &self.inner;
        let spans = detached(py, || inner.find(&text))?;
        spans_to_python(py, &text, &spans)
    }

    fn redact(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<String> {
        let text = extract_text(text, &|| "text".to_string())?;
        let inner = &self.inner;
        detached(py, || inner.redact(&text))
    }

    fn redact_detailed<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyRedaction>> {
        let text = extract_text(text, &|| "text".to_string())?;
        let inner = &self.inner;
        let redaction = detached(py, || inner.redact_detailed(&text))?;
        redaction_to_python(py, &text, &redaction)
    }

    fn find_batch<'py>(&self, py: Python<'py>, texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let texts = extract_texts(texts)?;
        let inner = &self.inner;
        let results = detached(py, || inner.find_batch(&texts))?;
        let list = PyList::empty(py);
        for (text, spans) in texts.iter().zip(&results) {
            list.append(spans_to_python(py, text, spans)?)?;
        }
        Ok(list)
    }

    fn redact_batch(&self, py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
        let texts = extract_texts(texts)?;
        let inner = &self.inner;
        detached(py, || inner.redact_batch(&texts))
    }

    fn redact_detailed_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let texts = extract_texts(texts)?;
        let inner = &self.inner;
        let results = detached(py, || inner.redact_detailed_batch(&texts))?;
        let list = PyList::empty(py);
        for (text, redaction) in texts.iter().zip(&results) {
            list.append(redaction_to_python(py, text, redaction)?)?;
        }
        Ok(list)
    }

    /// Immutable, so a copy is the same object.
    fn __copy__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __deepcopy__(slf: Py<Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
        slf
    }

    /// Pickles as its configuration: unpickling rebuilds the redactor from JSON.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = slf.get_type().getattr("from_json")?;
        Ok((from_json, (slf.get().to_json(),)))
    }

    /// The shape of the configuration only: never known people, known values or hash keys.
    fn __repr__(&self) -> String {
        let config = self.inner.config();
        let entities = match &config.entities {
            None => "all".to_string(),
            Some(labels) => {
                format!(
                    "[{}]",
                    labels.iter().map(|l| format!("'{}'", l.name())).collect::<Vec<_>>().join(", ")
                )
            }
        };
        let mut operators = vec![format!("'default': '{}'", operator_name(&config.operators.default))];
        for (label, op) in &config.operators.by_label {
            operators.push(format!("'{}': '{}'", label.name(), operator_name(op)));
        }
        format!(
            "Redactor(entities={entities}, known_people={}, known_values={}, operators={{{}}}, min_score={})",
            config.known_people.len(),
            config.known_values.len(),
            operators.join(", "),
            score_f64(config.min_score)
        )
    }
}

fn operator_name(op: &casemask::Operator) -> &'static str {
    use casemask::Operator;
    match op {
        Operator::Tag => "tag",
        Operator::Numbered => "numbered",
        Operator::Mask { .. } => "mask",
        Operator::Hash { .. } => "hash",
        Operator::Remove => "remove",
        Operator::Keep => "keep",
        Operator::YearOnly => "year_only",
    }
}

/// Every label name, in the order of their stable C ABI numbers.
fn label_names() -> Vec<&'static str> {
    casemask::Label::ALL.iter().map(|l| l.name()).collect()
}

#[pymodule]
fn _casemask(m: &Bound<'_, PyModule>) -> PyResult<()> {
    guard::install_quiet_hook();
    m.add("__version__", casemask::VERSION)?;
    m.add("LABELS", PyTuple::new(m.py(), label_names())?)?;
    m.add_class::<PyRedactor>()?;
    m.add_class::<PySpan>()?;
    m.add_class::<PyRedactedItem>()?;
    m.add_class::<PyRedaction>()?;
    m.add_function(wrap_pyfunction!(stream::_stream, m)?)?;
    m.add_function(wrap_pyfunction!(guard::_test_panic, m)?)?;
    Ok(())
}
