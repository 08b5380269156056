// Files picked from disk in the pane (Collect's returned workbooks, Import's tables): a labelled
// file input, how many are picked, and their bytes when the place reads them. Nothing goes over the
// network.
import { Label, useId } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { PickedFile } from "../../excel/collect";

/** A picked file's bytes, read with FileReader (Blob.arrayBuffer is missing in older WebViews). */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function useFilePicker(name: string) {
  const id = useId(name);
  const ref = useRef<HTMLInputElement>(null);
  const [count, setCount] = useState(0);
  /** The files picked now, with their bytes. */
  const picked = (): Promise<PickedFile[]> =>
    Promise.all(
      Array.from(ref.current?.files ?? []).map(async (f) => ({
        name: f.name,
        bytes: await bytesOf(f),
      }))
    );
  return { id, ref, count, setCount, picked };
}

export function FilePicker({
  picker,
  label,
  accept,
  disabled,
  testId,
}: {
  picker: ReturnType<typeof useFilePicker>;
  label: string;
  accept: string;
  disabled: boolean;
  testId: string;
}) {
  return (
    <>
      <Label htmlFor={picker.id}>{label}</Label>
      <input
        id={picker.id}
        ref={picker.ref}
        type="file"
        multiple
        accept={accept}
        onChange={(e) => picker.setCount(e.target.files?.length ?? 0)}
        disabled={disabled}
        data-testid={testId}
      />
    </>
  );
}
