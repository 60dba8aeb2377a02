/**
 * Speaker notes in the one-file deck, for a browser that will not run the presenter view from a
 * file (the audience and presenter windows of a file:// page may not share state): `n` shows the
 * current slide's notes over the slide, and hides them again. Runs in the browser: plain DOM.
 */

/** The key that shows and hides the notes. */
export const NOTES_KEY = 'n'

export interface NotesOverlay {
  /** Shows these notes (Slidev's rendered notes of the current slide) when the overlay is open. */
  update: (noteHTML: string) => void
  toggle: () => void
}

export function mountNotesOverlay(doc: Document): NotesOverlay {
  const panel = doc.createElement('aside')
  panel.className = 'dw-notes-overlay'
  panel.hidden = true
  panel.setAttribute('aria-live', 'polite')
  Object.assign(panel.style, {
    position: 'fixed', left: '0', right: '0', bottom: '0', maxHeight: '40vh', overflow: 'auto', zIndex: '1000',
    padding: '1rem 1.5rem', background: 'rgba(20, 24, 30, 0.92)', color: '#f4f6f8', fontSize: '18px', lineHeight: '1.6',
  })
  doc.body.append(panel)
  doc.addEventListener('keydown', (event) => {
    if (event.key !== NOTES_KEY || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
    panel.hidden = !panel.hidden
  })
  return {
    // Slidev's notes renderer made this HTML from Deckwright's entity-encoded notes (render/escape.ts):
    // text only, as the presenter view shows it.
    update: (noteHTML) => {
      panel.innerHTML = noteHTML || '<p>—</p>'
    },
    toggle: () => {
      panel.hidden = !panel.hidden
    },
  }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}
