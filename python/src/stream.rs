//! The engine behind `casemask redact` and `casemask find`: streams a text, CSV or JSONL file
//! through a redactor with bounded memory, in parallel.
//!
//! The input is read in chunks of about [`CHUNK`] bytes and split, in one sequential pass, into
//! units: paragraphs of text, CSV records, JSONL lines. The units of a chunk are redacted in
//! parallel with rayon and written in order. Every byte outside what is redacted is copied as it
//! was read: the separators between paragraphs, CSV quoting and line ends, untouched columns and
//! JSONL lines without the named fields.
//!
//! A CSV input must start with a header line, and every record must have as many fields as the
//! header (a blank line, holding nothing, is copied as it is): otherwise fields and columns no
//! longer line up, and the tail of a note cut by an unquoted comma would go out unredacted.
//!
//! Error messages give a line and column and never the content.

use std::fs::File;
use std::io::{self, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use casemask::{Label, Redactor};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rayon::prelude::*;
use serde_json::Value;

use crate::csv::{self, Scan};
use crate::offsets::{count_chars, CharIndex};
use crate::PyRedactor;

/// Bytes read before a chunk's units are processed: large enough to keep both cores busy,
/// small enough that memory stays flat on a multi-gigabyte file.
const CHUNK: usize = 4 << 20;
/// Text is redacted a paragraph at a time; a paragraph longer than this is cut at a line end.
const MAX_PARAGRAPH: usize = 1 << 20;
const BOM: &[u8] = b"\xEF\xBB\xBF";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Csv,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Redact,
    /// `find`: one line per span, human-readable.
    Find,
    /// `find --json`: one JSON object per span.
    FindJson,
}

/// Why a run stopped.
enum Failure {
    /// Malformed input at a byte offset into the current buffer.
    At {
        offset: usize,
        reason: String,
    },
    /// Malformed input at a known line (and column, when there is one).
    Line {
        line: u64,
        column: Option<u64>,
        reason: String,
    },
    /// Input that is wrong as a whole (an empty CSV file), at no line.
    Input {
        reason: String,
    },
    Io {
        path: Option<PathBuf>,
        err: io::Error,
    },
    Python(PyErr),
}

/// One unit of work: a paragraph, a CSV record or a JSONL line.
struct Unit {
    raw: Range<usize>,
    /// The line it starts on, from 1.
    line: u64,
    /// Its CSV fields, as a range into the chunk's field list.
    fields: Range<usize>,
    header: bool,
}

/// What a unit becomes in the output.
enum Out {
    /// The input bytes, unchanged.
    Raw,
    Bytes(Vec<u8>),
}

struct Done {
    out: Out,
    labels: Vec<Label>,
}

/// The CSV columns to redact, resolved from the header.
enum Columns {
    All,
    Indices(Vec<usize>),
}

struct Job<'a> {
    redactor: &'a Redactor,
    format: Format,
    mode: Mode,
    /// `--columns` as given: CSV column names or JSONL dotted paths.
    columns: Option<Vec<String>>,
    /// JSONL paths, split at dots.
    paths: Vec<Vec<String>>,
    /// CSV header names, once read.
    names: Vec<String>,
    /// Bytes per chunk: [`CHUNK`] except in tests of chunk boundaries.
    chunk: usize,
    targets: Columns,
}

#[derive(Default)]
struct Summary {
    records: u64,
    lines: u64,
    bytes: u64,
    counts: Vec<u64>,
}

/// Runs `redact` or `find` over a file or stdin, writing a file or stdout.
///
/// Returns `{"records", "lines", "bytes", "counts": {label: n}}`. Raises `casemask.InputError`
/// for malformed input (with `line` and `column`), `OSError` (with `filename`) for I/O, and
/// whatever a pending signal raises (`KeyboardInterrupt`).
#[pyfunction]
#[pyo3(signature = (
    redactor, input, output, format, find = false, json = false, columns = None, progress = false, chunk_bytes = None
))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn _stream<'py>(
    py: Python<'py>,
    redactor: &Bound<'py, PyRedactor>,
    input: Option<PathBuf>,
    output: Option<PathBuf>,
    format: &str,
    find: bool,
    json: bool,
    columns: Option<Vec<String>>,
    progress: bool,
    chunk_bytes: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
    let format = match format {
        "text" => Format::Text,
        "csv" => Format::Csv,
        "jsonl" => Format::Jsonl,
        _ => return Err(PyValueError::new_err("format must be \"text\", \"csv\" or \"jsonl\"")),
    };
    let mode = match (find, json) {
        (false, _) => Mode::Redact,
        (true, false) => Mode::Find,
        (true, true) => Mode::FindJson,
    };
    if format == Format::Text && columns.is_some() {
        return Err(PyValueError::new_err("columns apply to csv and jsonl input only"));
    }
    let paths = match (&columns, format) {
        (Some(cols), Format::Jsonl) => {
            cols.iter().map(|c| c.split('.').map(str::to_string).collect()).collect()
        }
        _ => Vec::new(),
    };
    // Read while holding the GIL: Python's os.environ writes hold it too.
    let progress = progress.then(progress_delay);
    let inner = redactor.get().inner.clone();
    let mut job = Job {
        redactor: &inner,
        format,
        mode,
        columns,
        paths,
        names: Vec::new(),
        chunk: chunk_bytes.unwrap_or(CHUNK).max(1),
        targets: Columns::All,
    };
    // A panic (a bug) becomes CasemaskError without its message: see guard.rs.
    let result =
        crate::guard::detached(py, || run_files(&mut job, input.as_deref(), output.as_deref(), progress))?;
    match result {
        Ok(summary) => {
            let dict = PyDict::new(py);
            dict.set_item("records", summary.records)?;
            dict.set_item("lines", summary.lines)?;
            dict.set_item("bytes", summary.bytes)?;
            let counts = PyDict::new(py);
            for (label, &n) in Label::ALL.iter().zip(&summary.counts) {
                if n > 0 {
                    counts.set_item(label.name(), n)?;
                }
            }
            dict.set_item("counts", counts)?;
            Ok(dict)
        }
        Err(Failure::Line { line, column, reason }) => {
            Err(crate::error_from_python_class(py, "InputError", (reason, Some(line), column)))
        }
        Err(Failure::Input { reason }) => {
            Err(crate::error_from_python_class(py, "InputError", (reason, None::<u64>, None::<u64>)))
        }
        Err(Failure::At { .. }) => unreachable!("offsets are resolved to lines before returning"),
        Err(Failure::Io { path, err }) => Err(os_error(&err, path.as_deref())),
        Err(Failure::Python(err)) => Err(err),
    }
}

/// An `OSError` (or the subclass its errno selects) naming the file, as Python's own I/O does.
fn os_error(err: &io::Error, path: Option<&Path>) -> PyErr {
    let message = err.to_string();
    let message = message.rsplit_once(" (os error").map_or(message.as_str(), |(m, _)| m).to_string();
    let path = path.map(|p| p.to_string_lossy().into_owned());
    match err.raw_os_error() {
        Some(code) => PyOSError::new_err((code, message, path)),
        None => PyOSError::new_err(message),
    }
}

/// How long a run goes before its first progress line: half a second, so that short runs draw
/// nothing. `CASEMASK_PROGRESS_DELAY` (seconds) overrides it; it is a hook for the tests, which set
/// 0 to see the bar whatever the machine's speed, and not documented for users.
fn progress_delay() -> Duration {
    std::env::var("CASEMASK_PROGRESS_DELAY")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .unwrap_or(Duration::from_millis(500))
}

/// `progress` is the delay before the first progress line, or `None` for no progress line.
fn run_files(
    job: &mut Job<'_>,
    input: Option<&Path>,
    output: Option<&Path>,
    progress: Option<Duration>,
) -> Result<Summary, Failure> {
    fn io_err(path: Option<&Path>) -> impl Fn(io::Error) -> Failure + '_ {
        move |err| Failure::Io { path: path.map(Path::to_path_buf), err }
    }
    let (mut reader, total): (Box<dyn Read>, Option<u64>) = match input {
        Some(path) => {
            let file = File::open(path).map_err(io_err(Some(path)))?;
            let len = file.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
            (Box::new(file), len)
        }
        None => (Box::new(io::stdin().lock()), None),
    };
    let mut progress = Progress::new(progress, total);
    match output {
        Some(path) => {
            let file = File::create(path).map_err(io_err(Some(path)))?;
            let mut writer = io::BufWriter::with_capacity(1 << 20, file);
            let summary = run(job, &mut reader, &mut writer, input, Some(path), &mut progress)?;
            let file = writer
                .into_inner()
                .map_err(|e| Failure::Io { path: Some(path.into()), err: e.into_error() })?;
            // The caller renames this file over the real output: make sure it is all on disk.
            file.sync_all().map_err(io_err(Some(path)))?;
            Ok(summary)
        }
        None => {
            let mut writer = io::BufWriter::with_capacity(1 << 20, io::stdout().lock());
            let summary = run(job, &mut reader, &mut writer, input, None, &mut progress)?;
            writer.flush().map_err(io_err(None))?;
            Ok(summary)
        }
    }
}

fn run(
    job: &mut Job<'_>,
    reader: &mut dyn Read,
    writer: &mut dyn Write,
    input: Option<&Path>,
    output: Option<&Path>,
    progress: &mut Progress,
) -> Result<Summary, Failure> {
    let mut summary = Summary { counts: vec![0; Label::ALL.len()], ..Summary::default() };
    let chunk = job.chunk;
    let mut buf: Vec<u8> = Vec::with_capacity(chunk + (64 << 10));
    let mut fields: Vec<Range<usize>> = Vec::new();
    let mut units: Vec<Unit> = Vec::new();
    let mut eof = false;
    let mut want = chunk;
    // The line that buf[0] is on; buf always starts at the start of a unit.
    let mut line: u64 = 1;
    let mut offset: u64 = 0;
    let mut last_byte = b'\n';
    let write_err = |err| Failure::Io { path: output.map(Path::to_path_buf), err };
    loop {
        while !eof && buf.len() < want {
            let old = buf.len();
            buf.resize(want.max(old + chunk.min(64 << 10)), 0);
            match reader.read(&mut buf[old..]) {
                Ok(0) => {
                    buf.truncate(old);
                    eof = true;
                }
                Ok(n) => buf.truncate(old + n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => buf.truncate(old),
                Err(err) => return Err(Failure::Io { path: input.map(Path::to_path_buf), err }),
            }
        }

        // Split the buffer into complete units (sequential and cheap).
        units.clear();
        fields.clear();
        let mut pos = 0;
        let mut unit_line = line;
        while pos < buf.len() {
            let first = offset == 0 && pos == 0;
            let field_start = fields.len();
            let end = match job.format {
                Format::Text => split_paragraph(&buf, pos, eof),
                Format::Jsonl => {
                    memchr::memchr(b'\n', &buf[pos..]).map(|k| pos + k + 1).or(eof.then_some(buf.len()))
                }
                Format::Csv => match csv::scan_record(&buf, pos, eof, &mut fields) {
                    Scan::Record(end) => Some(end),
                    Scan::Incomplete => None,
                    Scan::Error { offset, reason } => {
                        return Err(resolve(&buf, line, Failure::At { offset, reason: reason.into() }))
                    }
                },
            };
            let Some(end) = end else {
                fields.truncate(field_start);
                break;
            };
            let header = job.format == Format::Csv && first;
            units.push(Unit { raw: pos..end, line: unit_line, fields: field_start..fields.len(), header });
            if header {
                job.read_header(&buf, &fields[field_start..]).map_err(|f| resolve(&buf, line, f))?;
            }
            unit_line += memchr::memchr_iter(b'\n', &buf[pos..end]).count() as u64;
            pos = end;
        }
        if units.is_empty() {
            if eof {
                break;
            }
            // One unit is larger than the buffer: read more before splitting again.
            want = buf.len() + chunk;
            continue;
        }
        want = chunk;

        // Redact the units in parallel, then write them in order.
        let job_ref = &*job;
        let done: Vec<Result<Done, Failure>> =
            units.par_iter().map(|unit| job_ref.process(&buf, &fields, unit)).collect();
        for (unit, result) in units.iter().zip(done) {
            let done = result.map_err(|f| resolve(&buf, line, f))?;
            match &done.out {
                Out::Raw if job.mode == Mode::Redact => writer.write_all(&buf[unit.raw.clone()]),
                Out::Raw => Ok(()),
                Out::Bytes(bytes) => writer.write_all(bytes),
            }
            .map_err(write_err)?;
            for label in done.labels {
                summary.counts[label.code() as usize - 1] += 1;
            }
            if !unit.header && job.format != Format::Text {
                summary.records += 1;
            }
        }
        line = unit_line;
        offset += pos as u64;
        last_byte = buf[pos - 1];
        buf.drain(..pos);
        progress.update(offset);
        Python::attach(|py| py.check_signals()).map_err(Failure::Python)?;
        if eof && buf.is_empty() {
            break;
        }
    }
    progress.finish();
    if job.format == Format::Csv && offset == 0 {
        // Without a header there are no column names: nothing to check `--columns` or the
        // records against, and an empty output would pass for a redacted export.
        return Err(Failure::Input { reason: "empty CSV input: no header line".into() });
    }
    summary.bytes = offset;
    // A last line without a line end still counts.
    summary.lines = line - 1 + u64::from(last_byte != b'\n');
    Ok(summary)
}

/// Turns a byte offset into the current buffer into a line and a column (in characters, from 1).
fn resolve(buf: &[u8], first_line: u64, failure: Failure) -> Failure {
    let Failure::At { offset, reason } = failure else { return failure };
    let offset = offset.min(buf.len());
    let before = &buf[..offset];
    let line = first_line + memchr::memchr_iter(b'\n', before).count() as u64;
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |k| k + 1);
    let column = count_chars(&buf[line_start..offset]) as u64 + 1;
    Failure::Line { line, column: Some(column), reason }
}

/// The end of the paragraph starting at `pos`: just after the next blank line, or `None` when
/// the buffer may not hold all of it yet.
fn split_paragraph(buf: &[u8], pos: usize, eof: bool) -> Option<usize> {
    let limit = buf.len().min(pos + MAX_PARAGRAPH);
    let mut search = pos;
    while let Some(k) = memchr::memchr(b'\n', &buf[search..limit]) {
        let nl = search + k;
        let next = &buf[nl + 1..];
        if next.first() == Some(&b'\n') {
            return Some(nl + 2);
        }
        if next.starts_with(b"\r\n") {
            return Some(nl + 3);
        }
        search = nl + 1;
    }
    if limit == pos + MAX_PARAGRAPH {
        // Too long: cut after its last line end, or else at a character boundary.
        if let Some(k) = memchr::memrchr(b'\n', &buf[pos..limit]) {
            return Some(pos + k + 1);
        }
        let mut cut = limit;
        while cut > pos + 1 && (buf[cut] as i8) < -0x40 {
            cut -= 1;
        }
        return Some(cut);
    }
    eof.then_some(buf.len())
}

fn utf8_at(bytes: &[u8], base: usize) -> Result<&str, Failure> {
    std::str::from_utf8(bytes).map_err(|e| Failure::At {
        offset: base + e.valid_up_to(),
        reason: "invalid UTF-8 (casemask reads UTF-8 only)".into(),
    })
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a str always serialises")
}

impl Job<'_> {
    /// Reads the CSV header and resolves `--columns` to indices.
    fn read_header(&mut self, buf: &[u8], fields: &[Range<usize>]) -> Result<(), Failure> {
        self.names.clear();
        for (i, field) in fields.iter().enumerate() {
            let raw = &buf[field.clone()];
            let value = csv::field_value(raw);
            let mut name = std::str::from_utf8(&value).map_err(|_| Failure::At {
                offset: field.start,
                reason: "invalid UTF-8 in the header".into(),
            })?;
            if i == 0 {
                name = name.strip_prefix('\u{feff}').unwrap_or(name);
            }
            self.names.push(name.to_string());
        }
        if self.names == [""] && !csv::is_quoted(&buf[fields[0].clone()]) {
            // A blank first line (or a byte-order mark alone): the file has no header.
            return Err(Failure::Line {
                line: 1,
                column: None,
                reason: "the CSV header line is empty".into(),
            });
        }
        self.targets = match &self.columns {
            None => Columns::All,
            Some(columns) => {
                let mut indices = Vec::new();
                for column in columns {
                    let found: Vec<usize> =
                        self.names.iter().enumerate().filter(|(_, n)| *n == column).map(|(i, _)| i).collect();
                    if found.is_empty() {
                        return Err(Failure::Line {
                            line: 1,
                            column: None,
                            reason: format!("column {} is not in the header", json_str(column)),
                        });
                    }
                    indices.extend(found);
                }
                indices.sort_unstable();
                indices.dedup();
                Columns::Indices(indices)
            }
        };
        Ok(())
    }

    fn process(&self, buf: &[u8], fields: &[Range<usize>], unit: &Unit) -> Result<Done, Failure> {
        if unit.header {
            return Ok(Done { out: Out::Raw, labels: Vec::new() });
        }
        match self.format {
            Format::Text => self.text(buf, unit),
            Format::Csv => self.csv_record(buf, &fields[unit.fields.clone()], unit),
            Format::Jsonl => self.jsonl_line(buf, unit),
        }
    }

    fn text(&self, buf: &[u8], unit: &Unit) -> Result<Done, Failure> {
        let text = utf8_at(&buf[unit.raw.clone()], unit.raw.start)?;
        if self.mode == Mode::Redact {
            let redaction = self.redactor.redact_detailed(text);
            let labels: Vec<Label> = redaction.items.iter().map(|i| i.label).collect();
            let out = if labels.is_empty() { Out::Raw } else { Out::Bytes(redaction.text.into_bytes()) };
            return Ok(Done { out, labels });
        }
        let spans = self.redactor.find(text);
        let mut out = Vec::new();
        let mut line = unit.line;
        let mut line_start = 0;
        let mut cursor = 0;
        for span in &spans {
            for k in memchr::memchr_iter(b'\n', &text.as_bytes()[cursor..span.start]) {
                line += 1;
                line_start = cursor + k + 1;
            }
            cursor = span.start;
            let column = count_chars(&text.as_bytes()[line_start..span.start]) + 1;
            self.report(&mut out, line, Place::Column(column), span, &text[span.range()]);
        }
        Ok(Done { out: Out::Bytes(out), labels: spans.iter().map(|s| s.label).collect() })
    }

    fn targeted(&self, index: usize) -> bool {
        match &self.targets {
            Columns::All => true,
            Columns::Indices(indices) => indices.binary_search(&index).is_ok(),
        }
    }

    fn field_name(&self, index: usize) -> String {
        self.names.get(index).cloned().unwrap_or_else(|| format!("#{}", index + 1))
    }

    fn csv_record(&self, buf: &[u8], fields: &[Range<usize>], unit: &Unit) -> Result<Done, Failure> {
        let width = self.names.len();
        if fields.len() != width {
            if fields.len() == 1 && fields[0].is_empty() {
                // A blank line holds nothing to redact: copied as it is, as most readers skip it.
                return Ok(Done { out: Out::Raw, labels: Vec::new() });
            }
            // Fields and columns no longer line up (an unquoted comma in a note, a lost field):
            // a column named in `--columns` would be read from the wrong field, and a note's
            // tail left unredacted. The error points at the first extra field, or at the end
            // of the short record.
            let offset = match fields.get(width) {
                Some(extra) => extra.start,
                None => fields.last().map_or(unit.raw.start, |f| f.end),
            };
            let count = |n: usize| if n == 1 { "1 field".to_string() } else { format!("{n} fields") };
            return Err(Failure::At {
                offset,
                reason: format!("record has {} but the header has {}", count(fields.len()), count(width)),
            });
        }
        let mut labels = Vec::new();
        let mut out: Option<Vec<u8>> = None;
        let mut copied = unit.raw.start;
        for (i, field) in fields.iter().enumerate() {
            if !self.targeted(i) {
                continue;
            }
            let raw = &buf[field.clone()];
            utf8_at(raw, field.start)?;
            let value = csv::field_value(raw);
            let value = std::str::from_utf8(&value).expect("validated above");
            if self.mode != Mode::Redact {
                let spans = self.redactor.find(value);
                let report = out.get_or_insert_with(Vec::new);
                let mut index = CharIndex::new(value);
                let name = self.field_name(i);
                for span in &spans {
                    let range = (index.char_offset(span.start), index.char_offset(span.end));
                    self.report(report, unit.line, Place::Field(&name, range), span, &value[span.range()]);
                }
                labels.extend(spans.iter().map(|s| s.label));
                continue;
            }
            let redaction = self.redactor.redact_detailed(value);
            if redaction.items.is_empty() {
                continue;
            }
            labels.extend(redaction.items.iter().map(|i| i.label));
            let o = out.get_or_insert_with(|| Vec::with_capacity(unit.raw.len() + 64));
            o.extend_from_slice(&buf[copied..field.start]);
            csv::push_field(o, &redaction.text, csv::is_quoted(raw));
            copied = field.end;
        }
        let out = match out {
            Some(mut o) if self.mode == Mode::Redact => {
                o.extend_from_slice(&buf[copied..unit.raw.end]);
                Out::Bytes(o)
            }
            Some(report) => Out::Bytes(report),
            None => Out::Raw,
        };
        Ok(Done { out, labels })
    }

    fn jsonl_line(&self, buf: &[u8], unit: &Unit) -> Result<Done, Failure> {
        let raw = &buf[unit.raw.clone()];
        let mut content = raw.strip_suffix(b"\n").unwrap_or(raw);
        content = content.strip_suffix(b"\r").unwrap_or(content);
        let ending = &raw[content.len()..];
        let mut start = unit.raw.start;
        let bom = unit.line == 1 && content.starts_with(BOM);
        if bom {
            content = &content[BOM.len()..];
            start += BOM.len();
        }
        if content.iter().all(u8::is_ascii_whitespace) {
            return Ok(Done { out: Out::Raw, labels: Vec::new() });
        }
        let mut value: Value = serde_json::from_slice(content).map_err(|e| {
            let reason = match e.classify() {
                serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                    // These messages are fixed phrases ("expected `,` or `}`"), never content.
                    let message = e.to_string();
                    let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m);
                    format!("invalid JSON: {message}")
                }
                _ => "invalid JSON".to_string(),
            };
            Failure::At { offset: start + e.column().saturating_sub(1), reason }
        })?;
        let mut labels = Vec::new();
        let mut report = Vec::new();
        let mut changed = false;
        let mut visit = |path: &str, s: &mut String| {
            if self.mode == Mode::Redact {
                let redaction = self.redactor.redact_detailed(s);
                if !redaction.items.is_empty() {
                    labels.extend(redaction.items.iter().map(|i| i.label));
                    *s = redaction.text;
                    changed = true;
                }
            } else {
                let spans = self.redactor.find(s);
                let mut index = CharIndex::new(s);
                for span in &spans {
                    let range = (index.char_offset(span.start), index.char_offset(span.end));
                    self.report(&mut report, unit.line, Place::Field(path, range), span, &s[span.range()]);
                }
                labels.extend(spans.iter().map(|s| s.label));
            }
        };
        let mut path = String::new();
        if self.paths.is_empty() {
            walk_all(&mut value, &mut path, &mut visit);
        } else {
            for p in &self.paths {
                path.clear();
                walk_path(&mut value, p, &mut path, &mut visit);
            }
        }
        let out = if self.mode != Mode::Redact {
            Out::Bytes(report)
        } else if changed {
            let mut o = Vec::with_capacity(raw.len() + 16);
            if bom {
                o.extend_from_slice(BOM);
            }
            serde_json::to_writer(&mut o, &value).expect("a Value always serialises");
            o.extend_from_slice(ending);
            Out::Bytes(o)
        } else {
            Out::Raw
        };
        Ok(Done { out, labels })
    }

    /// Appends one `find` result line.
    fn report(&self, out: &mut Vec<u8>, line: u64, place: Place<'_>, span: &casemask::Span, text: &str) {
        let label = span.label.name();
        if self.mode == Mode::FindJson {
            let mut obj = serde_json::Map::new();
            obj.insert("line".into(), line.into());
            match place {
                Place::Column(column) => {
                    obj.insert("column".into(), column.into());
                }
                Place::Field(field, (start, end)) => {
                    obj.insert("field".into(), field.into());
                    obj.insert("start".into(), start.into());
                    obj.insert("end".into(), end.into());
                }
            }
            obj.insert("label".into(), label.into());
            obj.insert("score".into(), crate::score_f64(span.score).into());
            obj.insert("detector".into(), span.detector.into());
            obj.insert("text".into(), text.into());
            serde_json::to_writer(&mut *out, &Value::Object(obj)).expect("a Value always serialises");
        } else {
            let text = json_str(text);
            let line_out = match place {
                Place::Column(column) => format!("{line}:{column}: {label} {text}"),
                Place::Field(field, (start, end)) => format!("{line}:{field}[{start}:{end}]: {label} {text}"),
            };
            out.extend_from_slice(line_out.as_bytes());
        }
        out.push(b'\n');
    }
}

/// Where a `find` result is: a column on a line of text, or a range in a CSV or JSONL field.
enum Place<'a> {
    Column(usize),
    Field(&'a str, (usize, usize)),
}

/// Visits every string under `value` (object values and list items, at any depth).
fn walk_all(value: &mut Value, path: &mut String, visit: &mut dyn FnMut(&str, &mut String)) {
    let len = path.len();
    match value {
        Value::String(s) => visit(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                path.push_str(&format!("[{i}]"));
                walk_all(item, path, visit);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                walk_all(v, path, visit);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Visits the strings at a dotted path; a list on the way applies the rest of the path to each
/// item, and a path that ends at a list or object visits every string inside it.
fn walk_path(
    value: &mut Value,
    keys: &[String],
    path: &mut String,
    visit: &mut dyn FnMut(&str, &mut String),
) {
    let len = path.len();
    match (keys.split_first(), value) {
        (None, value) => walk_all(value, path, visit),
        (Some(_), Value::Array(items)) => {
            for (i, item) in items.iter_mut().enumerate() {
                path.push_str(&format!("[{i}]"));
                walk_path(item, keys, path, visit);
                path.truncate(len);
            }
        }
        (Some((key, rest)), Value::Object(map)) => {
            if let Some(child) = map.get_mut(key.as_str()) {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                walk_path(child, rest, path, visit);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// A progress line on stderr, redrawn at most a few times a second.
struct Progress {
    enabled: bool,
    /// Nothing is drawn before this much time has passed.
    delay: Duration,
    total: Option<u64>,
    started: Instant,
    last: Option<Instant>,
}

impl Progress {
    fn new(delay: Option<Duration>, total: Option<u64>) -> Progress {
        Progress {
            enabled: delay.is_some(),
            delay: delay.unwrap_or_default(),
            total,
            started: Instant::now(),
            last: None,
        }
    }

    fn update(&mut self, done: u64) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        // Short runs draw nothing at all.
        if now - self.started < self.delay || self.last.is_some_and(|t| now - t < Duration::from_millis(200))
        {
            return;
        }
        self.last = Some(now);
        let mb = |b: u64| b as f64 / 1e6;
        let rate = mb(done) / (now - self.started).as_secs_f64().max(1e-9);
        let line = match self.total {
            Some(total) if total > 0 => {
                let fraction = (done as f64 / total as f64).min(1.0);
                let filled = (fraction * 30.0) as usize;
                format!(
                    "\r[{}{}] {:3.0}% {:.1}/{:.1} MB, {rate:.1} MB/s\x1b[K",
                    "#".repeat(filled),
                    ".".repeat(30 - filled),
                    fraction * 100.0,
                    mb(done),
                    mb(total)
                )
            }
            _ => format!("\r{:.1} MB, {rate:.1} MB/s\x1b[K", mb(done)),
        };
        let _ = io::stderr().write_all(line.as_bytes());
    }

    fn finish(&mut self) {
        if self.last.is_some() {
            let _ = io::stderr().write_all(b"\r\x1b[K");
        }
    }
}
