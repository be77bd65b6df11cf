//! Probation Route Finder: how to become a probation officer in England and Wales, and how long
//! it takes.
//!
//! - [`rules`]: the pure core (answers, policy facts, assessment, question flow). No browser code.
//! - [`nav`]: which page a link opens, and the link for each page (pure too).
//! - [`settings`]: embed, kiosk and brand settings carried in the fragment (pure).
//! - [`text`]: the message catalogue, every word the user sees.
//! - [`view`]: what each page shows, as escaped HTML (pure too).
//! - `app` (WebAssembly only): the Leptos shell that draws the view for the fragment and turns
//!   the person's clicks and forms into a new fragment.

pub mod nav;
pub mod rules;
pub mod settings;
pub mod text;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod app;
