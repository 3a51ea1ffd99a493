import { useState } from 'preact/hooks';

/**
 * A zone a file may be dropped on: whether one is over it, and the handlers to spread on
 * it. The zone also holds a file input, the keyboard's way in; dropping is for the mouse.
 */
export function useDrop(onFile: (file: File) => void) {
  const [over, setOver] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    },
  };
  return { over, handlers };
}
