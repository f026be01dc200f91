import { useState } from 'react';
import { createPortal } from 'react-dom';
import { TemplateGallery } from './TemplateGallery';

/** The toolbar button that opens the server template gallery (`data-testid="template-picker"`). */
export function TemplatePickerButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small" data-testid="template-picker" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Templates…
      </button>
      {/* A portal keeps the modal out of the toolbar's layout and clipping. */}
      {open ? createPortal(<TemplateGallery onClose={() => setOpen(false)} />, document.body) : null}
    </>
  );
}
