interface ImportMetaEnv {
  /** True under `astro dev` only: drafts are previewed there and left out of builds. */
  readonly XXYD_SHOW_DRAFTS: boolean;
}
