//! Parses announcement pages and prints their meetings.
//!
//! ```text
//! cargo run --example extract -- [--format table|jsonl|csv|ics] [FILE...]
//! ```
//! With no file, parses the real page bundled in `tests/data/`. The table is for reading;
//! `--format jsonl` prints one JSON record (`RECORD.md`) per meeting, `--format csv` one CSV
//! row per meeting, and `--format ics` (with the feature `ics`) an iCalendar file. Diagnostics go to
//! stderr as `FILE:LINE:COLUMN: ...` with the line and a caret.

use std::io::{self, Write};
use std::process::ExitCode;

use rabat::{Meeting, Role};

const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/thematic-meetings-page-1.txt"
);

enum Format {
    Table,
    Jsonl,
    Csv,
    #[cfg(feature = "ics")]
    Ics,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("extract: {message}");
            ExitCode::FAILURE
        }
    }
}

const FORMATS: &str = if cfg!(feature = "ics") {
    "table, jsonl, csv or ics"
} else {
    "table, jsonl or csv (ics with the feature `ics`)"
};

fn run() -> Result<(), String> {
    let mut format = Format::Table;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => {
                format = match args.next().as_deref() {
                    Some("table") => Format::Table,
                    Some("jsonl") => Format::Jsonl,
                    Some("csv") => Format::Csv,
                    #[cfg(feature = "ics")]
                    Some("ics") => Format::Ics,
                    Some(other) => {
                        return Err(format!("--format takes {FORMATS}, found {other:?}"));
                    }
                    None => return Err(format!("--format takes {FORMATS}, found nothing")),
                }
            }
            "-h" | "--help" => {
                println!("usage: extract [--format table|jsonl|csv|ics] [FILE...]");
                return Ok(());
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg:?}")),
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        files.push(BUNDLED.to_owned());
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let text_error = |e: io::Error| e.to_string();
    if let Format::Table = format {
        writeln!(
            out,
            "{:<14} {:<3} {:<10} {:<10} {:<18} {:<28} THEMES",
            "CITY", "CC", "START", "END", "KIND", "HOST / CHAIRS"
        )
        .map_err(text_error)?;
    }
    // Tables and JSON lines are written file by file; CSV and iCalendar once, at the end.
    let mut kept: Vec<Meeting> = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        // Checked first, so that a file that is not text is reported before any output.
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(_) => {
                let err = rabat::parse_bytes(&bytes).err();
                let message = err.map_or_else(|| "not UTF-8 text".to_owned(), |e| e.to_string());
                return Err(format!("{file}: {message}"));
            }
        };
        // Large files are read piece by piece; each piece's meetings are written and
        // dropped before the next is read.
        let lines = rabat::LineIndex::new(text);
        for parsed in rabat::parse_stream(text) {
            for d in &parsed.diagnostics {
                eprintln!("{file}:{}", d.render_with(&lines, text));
            }
            match format {
                Format::Table => {
                    for meeting in &parsed.meetings {
                        writeln!(out, "{}", row(meeting)).map_err(text_error)?;
                    }
                }
                Format::Jsonl => {
                    for meeting in &parsed.meetings {
                        let json = serde_json::to_string(meeting).map_err(|e| e.to_string())?;
                        writeln!(out, "{json}").map_err(text_error)?;
                    }
                }
                _ => kept.extend(parsed.meetings),
            }
        }
    }
    match format {
        Format::Csv => rabat::write_csv(&kept, &mut out).map_err(|e| e.to_string())?,
        #[cfg(feature = "ics")]
        Format::Ics => {
            for d in rabat::write_ics(&kept, &mut out).map_err(|e| e.to_string())? {
                eprintln!("{d}");
            }
        }
        _ => {}
    }
    out.flush().map_err(text_error)
}

fn row(m: &Meeting) -> String {
    let date = |d: Option<rabat::PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let names = |role| {
        m.parties(role)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("+")
    };
    let mut who = names(Role::Host);
    for role in [Role::Chair, Role::CoChair] {
        let n = names(role);
        if !n.is_empty() {
            who = format!("{who} / {n}");
        }
    }
    let themes: Vec<&str> = m.themes.iter().map(|t| t.as_str()).collect();
    format!(
        "{:<14} {:<3} {:<10} {:<10} {:<18} {:<28} {}",
        m.city.as_deref().unwrap_or("-"),
        m.country.map_or("-", |c| c.alpha2()),
        date(m.start()),
        date(m.end()),
        m.kind.as_str(),
        who,
        themes.join(",")
    )
}
