//! Entry point: on WebAssembly, installs the panic hook and mounts the app; natively, nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    probation_route_finder::app::mount();
}
