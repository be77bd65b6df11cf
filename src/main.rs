//! Entry point: on WebAssembly, mounts the app (with the panic hook in development builds);
//! natively, nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    probation_route_finder::app::mount();
}
