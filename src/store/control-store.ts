/**
 * Control snapshots (see ../shared/DESIGN.md "Control series"). Filled in by the control-engine work.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ControlStore {}
