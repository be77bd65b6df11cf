//! Probation Route Finder: how to become a probation officer in England and Wales, and how long
//! it takes.
//!
//! - [`rules`]: the pure core (answers, policy facts, assessment, question flow). No browser code.
//! - [`nav`]: which page a link opens, and the link for each page (pure too).
//! - [`settings`]: embed, kiosk and brand settings carried in the fragment (pure).
//! - [`text`]: the message catalogue, every word the user sees.
//! - `app` (WebAssembly only): the Leptos shell that asks, shows and routes.

pub mod nav;
pub mod rules;
pub mod settings;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
