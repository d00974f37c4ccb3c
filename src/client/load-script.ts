// Loads a classic script by adding a <script src> (allowed from file:// and under a strict CSP, unlike
// module scripts and fetch), resolving when it has run and rejecting on error or after `timeoutMs`.

export function loadScript(src: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    const timer = window.setTimeout(() => finish(new Error(`timeout ${src}`)), timeoutMs);
    function finish(error?: Error) {
      window.clearTimeout(timer);
      script.onload = null;
      script.onerror = null;
      script.remove();
      if (error) reject(error);
      else resolve();
    }
    script.onload = () => finish();
    script.onerror = () => finish(new Error(`failed ${src}`));
    script.src = src;
    document.head.appendChild(script);
  });
}
