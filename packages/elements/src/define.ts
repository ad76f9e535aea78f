// Registers every element of the kit under its default tag. This is the drop-in's entry
// (`hk-elements.js`); with npm, import it once (`@shhk/elements/define.js`) or pick single
// `*.define.js` modules. The provider comes first so that it upgrades before the elements it wraps.
import './provider/provider.define.js';
import './event-calendar/event-calendar.define.js';
