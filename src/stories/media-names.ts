// Data: news outlets and agencies, folded as story-terms.ts folds words. Any story may cite them
// ("Reuters reported", "according to Xinhua"), so sharing one says nothing about being one event.
export const MEDIA_NAMES: ReadonlySet<string> = new Set(
  (
    'reuter reuters xinhua anadolu jazeera bloomberg interfax tass ria novosti sputnik kyodo yonhap ' +
    'bernama antara efe ansa dpa afp agence presse guardian telegraph independent times post tribune ' +
    'herald gazette chronicle cnn bbc nbc cbs abc msnbc fox npr pbs dawn hindustan ndtv ' +
    'wion inquirer rappler sunstar aljazeera euronews deutsche welle france24 rfi trt ' +
    'allafrica lusa agencia prensa irna tasnim fars mehr isna irib iranwire'
  )
    .split(/\s+/)
    .filter(Boolean),
);
