//! Parses announcement pages and prints their meetings.
//!
//! ```text
//! cargo run --example extract -- [--format table|jsonl] [FILE...]
//! ```
//! With no file, parses the real page bundled in `tests/data/`. The table is for reading;
//! `--format jsonl` prints one JSON record (`RECORD.md`) per meeting. Diagnostics go to
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
                    Some(other) => {
                        return Err(format!("--format takes table or jsonl, found {other:?}"));
                    }
                    None => return Err("--format takes table or jsonl, found nothing".into()),
                }
            }
            "-h" | "--help" => {
                println!("usage: extract [--format table|jsonl] [FILE...]");
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
    if let Format::Table = format {
        writeln!(
            out,
            "{:<14} {:<3} {:<10} {:<10} {:<18} {:<28} THEMES",
            "CITY", "CC", "START", "END", "KIND", "HOST / CHAIRS"
        )
        .map_err(|e| e.to_string())?;
    }
    for file in &files {
        let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        let parsed = rabat::parse_bytes(&bytes).map_err(|e| format!("{file}: {e}"))?;
        let text = String::from_utf8_lossy(&bytes);
        for d in &parsed.diagnostics {
            eprintln!("{file}:{}", d.render(&text));
        }
        for meeting in &parsed.meetings {
            match format {
                Format::Jsonl => {
                    let json = serde_json::to_string(meeting).map_err(|e| e.to_string())?;
                    writeln!(out, "{json}")
                }
                Format::Table => writeln!(out, "{}", row(meeting)),
            }
            .map_err(|e| e.to_string())?;
        }
    }
    out.flush().map_err(|e| e.to_string())
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
