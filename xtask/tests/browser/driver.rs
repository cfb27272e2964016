//! chromedriver and the Chromium session every browser test opens with
//! [`open`], and what they read from the browser: its console, and whether
//! the page's diagrams are drawn.

use crate::{export, file_url, require};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A Chromium session on the offline export, through a chromedriver of
/// its own (killed when the session is dropped).
pub struct Session {
    pub client: Client,
    /// The export's `file://` URL.
    pub base: String,
    _driver: Driver,
}

impl std::ops::Deref for Session {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Session {
    /// Ends the Chromium session (the test's asserts come after).
    pub async fn close(self) {
        self.client.clone().close().await.unwrap();
    }
}

/// Builds the export (once), starts chromedriver and opens Chromium.
pub async fn open() -> Session {
    open_at(export()).await
}

/// Like [`open`], with more Chromium flags (`--blink-settings=scriptEnabled=false`).
pub async fn open_with(flags: &[&'static str]) -> Session {
    open_at_with(export(), flags).await
}

/// Starts chromedriver and opens Chromium on the export in `dir`.
pub async fn open_at(dir: &'static Path) -> Session {
    open_at_with(dir, &[]).await
}

async fn open_at_with(dir: &'static Path, flags: &[&'static str]) -> Session {
    let driver = start_driver();
    let chromium = xtask::chromium::find_chromium().unwrap_or_else(|e| panic!("{e:#}"));
    let mut args = xtask::chromium::HEADLESS_FLAGS.to_vec();
    args.push("--window-size=1280,900");
    args.extend_from_slice(flags);
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": { "binary": chromium, "args": args },
        "goog:loggingPrefs": { "browser": "ALL" },
    });
    let Value::Object(caps) = caps else {
        unreachable!()
    };
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a Chromium session through chromedriver");
    Session {
        client,
        base: file_url(dir),
        _driver: driver,
    }
}

/// chromedriver on a free port; killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts chromedriver on a free port and waits until it says it listens:
/// its own line, not a connection to the port, which under load can reach
/// the port before chromedriver does (a TCP connection to itself).
fn start_driver() -> Driver {
    let chromedriver = require("chromedriver");
    require("chromium");
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    // One step below normal priority, it and the Chromium it starts: the
    // PDF test's Chromium, the longest chain of the run, comes first.
    let mut child = Command::new("nice")
        .args(["-n", "5"])
        .arg(chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver should start");
    let stdout = child.stdout.take().unwrap();
    let driver = Driver {
        child,
        url: format!("http://127.0.0.1:{port}"),
    };
    let (ready, said) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Read to the end, so that chromedriver never blocks on a full pipe.
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains("started successfully") {
                let _ = ready.send(());
            }
        }
    });
    said.recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("chromedriver did not listen on port {port} within 20 s"));
    driver
}

/// chromedriver's browser log (the console), emptied by each read.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// Console messages at level WARNING or SEVERE since the last call.
pub async fn console_problems(client: &Client) -> Vec<String> {
    let log = client.issue_cmd(BrowserLog).await.expect("the browser log");
    log.as_array()
        .into_iter()
        .flatten()
        .filter(|e| matches!(e["level"].as_str(), Some("WARNING" | "SEVERE")))
        .map(|e| format!("{}: {}", e["level"], e["message"].as_str().unwrap_or("")))
        .collect()
}

/// Scrolls to the page's last diagram, then waits until every Mermaid block
/// holds an SVG; returns the number of blocks, or an error after 20 s.
pub async fn diagrams_drawn(client: &Client) -> Result<u64, String> {
    client
        .execute(include_str!("js/diagrams_scroll.js"), vec![])
        .await
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    loop {
        let state = client
            .execute(include_str!("js/diagrams_state.js"), vec![])
            .await
            .map_err(|e| e.to_string())?;
        let (all, done) = (state[0].as_u64().unwrap(), state[1].as_u64().unwrap());
        if all == done {
            return Ok(all);
        }
        if started.elapsed() > Duration::from_secs(20) {
            return Err(format!("only {done} of {all} Mermaid blocks became SVG"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
