// Custom Elements Manifest analyzer plugin (custom-elements-manifest.config.mjs): internal state
// (`static properties = { x: { state: true } }`) is no attribute. Test:
// test/node/cem-internal-state.test.mjs.

/**
 * The analyzer reads `static properties` but not its `state: true`: it lists internal state as
 * public attributes. Private and protected fields are never attributes a page can set, except the
 * ones that name an attribute on purpose (`ownLang` is `lang`); this puts the manifest right, and
 * drops `privacy: "public"`, which is the default.
 */
export function internalStatePlugin() {
  return {
    name: 'lhw-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const hidden = new Set();
        for (const member of declaration.members ?? []) {
          if (member.privacy === 'public') delete member.privacy;
          if (member.privacy === 'private' && member.attribute === member.name) {
            delete member.attribute;
            hidden.add(member.name);
          }
        }
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    },
  };
}
