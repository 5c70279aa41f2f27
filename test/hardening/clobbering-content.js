// Loaded by test/host-page/clobber-page.html before the widgets' script: puts the page content
// the address names where this script stands, as a CMS would have written it into the page.
//   ?clobber=div#ShadyCSS,p#litHtmlVersions,img[name=x],form[name=y]>input[name=get]
// makes <div id="ShadyCSS">, <p id="litHtmlVersions">, <img name="x"> and a <form name="y"> with
// an <input name="get"> in it. Made with DOM calls, not markup: the page enforces Trusted Types.
//   ?page-lit   stands in for the page's own copy of Lit, which keeps its versions in global lists.
(() => {
  const params = new URLSearchParams(location.search);
  const script = document.currentScript;
  const make = (spec) => {
    const match = /^([a-z]+)(?:#([\w-]+))?(?:\[name=([\w-]+)\])?$/.exec(spec);
    if (!match) throw new Error(`clobbering-content.js: cannot read ${JSON.stringify(spec)}`);
    const [, tag, id, name] = match;
    const element = document.createElement(tag);
    if (id) element.id = id;
    if (name) element.setAttribute('name', name);
    if (tag === 'iframe') element.hidden = true;
    else if (!['img', 'input', 'embed'].includes(tag)) element.textContent = "A visitor's comment";
    return element;
  };
  for (const item of (params.get('clobber') ?? '').split(',').filter(Boolean)) {
    const [outer, ...inner] = item.split('>');
    const element = make(outer);
    for (const child of inner) element.append(make(child));
    script.before(element);
  }
  if (params.has('page-lit')) {
    window.litHtmlVersions = ['page'];
    window.reactiveElementVersions = ['page'];
    window.litElementVersions = ['page'];
  }
})();
