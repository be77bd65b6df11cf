//! A heading and a counter button: the framework's floor for the benchmark.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <main>
                <h1>"Counter"</h1>
                <button on:click=move |_| *count.write() += 1>{move || count.get()}</button>
            </main>
        }
    });
}
