/**
 * The door to "what if": a heading, what it is for, and a button. The comparison itself (WhatIf.tsx, its
 * texts, its styles) loads only when the button is pressed — or at once when a comparison link, a reload or
 * this case's earlier visit left a scenario open (whatIfStore.ts).
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalcResult, CaseInput } from '../../core';
import { useNextTexts } from './nextTexts';
import { parseAmount } from './amounts';
import { copyText } from './copyText';
import { encodeCase } from './shareLink';
import { typeDate } from './userDate';
import type { WhatIfProps } from './WhatIf';
import { readScenario, writeScenario, type StoredScenario } from './whatIfStore';

/** What the comparison takes from the page: see WhatIfProps.kit. */
export interface WhatIfKit {
  engine: typeof import('./engine');
  copyText: typeof copyText;
  encodeCase: typeof encodeCase;
  parseAmount: typeof parseAmount;
  typeDate: typeof typeDate;
  writeScenario: typeof writeScenario;
}

// The comparison and the engine it computes with come together; the engine is loaded by then (the result
// needs it), so only the comparison's own file is fetched — once, started as early as it is known to be needed.
let loading: Promise<[typeof import('./WhatIf'), typeof import('./engine')]> | null = null;
const loadWhatIf = () => (loading ??= Promise.all([import('./WhatIf'), import('./engine')]));
const WhatIf = lazy(() =>
  loadWhatIf().then(([view, engine]) => {
    const kit: WhatIfKit = { engine, copyText, encodeCase, parseAmount, typeDate, writeScenario };
    return { default: (props: Omit<WhatIfProps, 'kit'>) => <view.default kit={kit} {...props} /> };
  }),
);

export function WhatIfEntry({ result, input }: { result: CalcResult; input: CaseInput }) {
  const { t } = useTranslation('next');
  const ready = useNextTexts();
  // The case in the case format, as the store keys a scenario by it.
  const base = useMemo(() => JSON.stringify(input), [input]);
  // What a link, a reload or an earlier visit left; read again at each opening (the last edits win).
  const [stored, setStored] = useState<StoredScenario | null>(() => readScenario(base));
  // An open comparison (a link, a reload) starts fetching at once, beside the texts rather than after them.
  const [open, setOpen] = useState(() => {
    if (stored?.open) void loadWhatIf();
    return stored?.open === true;
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);

  // A comparison link opened while the page is open (the address's fragment changes): the engine's own
  // listener reads it and leaves its scenario in this tab's storage; this one runs first (a child's effect is
  // set up before its parent's), so it looks a moment later.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const onHash = (event: HashChangeEvent) => {
      if (!/[#&]compare=/.test(new URL(event.newURL).hash)) return;
      window.setTimeout(() => {
        setStored(readScenario(base));
        setOpen(true);
        opened.current = false;
        setGeneration((g) => g + 1);
      }, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [base]);

  // A comparison link opens the comparison; bring it into view once it is there.
  useEffect(() => {
    if (open && stored?.base === null && !opened.current) {
      opened.current = true;
      heading.current?.scrollIntoView({ block: 'start' });
    }
  }, [open, stored, generation]);

  if (!ready) return null;
  const close = () => {
    setOpen(false);
    // Closed, not forgotten: the scenario stays for the next opening of the same case.
    const last = readScenario(base);
    if (last) writeScenario({ ...last, open: false });
    requestAnimationFrame(() => document.getElementById('whatif-open')?.focus());
  };
  return (
    <section className="result-section what-if" aria-labelledby="res-whatif" data-testid="what-if">
      <h3 id="res-whatif" ref={heading} tabIndex={-1}>
        {t('whatif.title')}
      </h3>
      {open ? (
        <Suspense fallback={<p className="hint">{t('whatif.loading')}</p>}>
          <WhatIf key={generation} result={result} input={input} inputJson={base} stored={stored} onClose={close} />
        </Suspense>
      ) : (
        <>
          <p className="hint">{t('whatif.intro')}</p>
          <button
            type="button"
            id="whatif-open"
            data-testid="whatif-open"
            className="no-print"
            onClick={() => {
              setStored(readScenario(base));
              setOpen(true);
              requestAnimationFrame(() => heading.current?.focus());
            }}
          >
            {t('whatif.open')}
          </button>
        </>
      )}
    </section>
  );
}
