// The RichApi request and response as office.js builds and reads them. Microsoft does not publish
// the format; every name and number here is read from the client's own source,
// @microsoft/office-js/dist/excel-web-16.00.debug.js (the file Excel on the web runs, unminified):
// ObjectPathFactory and ActionFactory build the request, ClientRequestBase.processResponse and the
// generated `_handleResult` / `_handleIdResult` of each class read the response.

/** ObjectPathFactory.create*ObjectPath: how an object is reached. */
export const PathType = {
  /** The root: Excel's Workbook. */
  global: 1,
  newObject: 2,
  /** A method that returns an object: `GetRange`, `GetItemOrNullObject`, `Add`… */
  method: 3,
  /** A navigation property: `Worksheets`, `Format`, `Fill`… */
  property: 4,
  /** A collection's `getItem(key)`. */
  indexer: 5,
  /** An object the host keeps by reference (`_KeepReference`), named by its reference id. */
  referenceId: 6,
  /** An object the host said is null (ObjectPath._updateAsNullObject). */
  nullObject: 7,
} as const;

/** CommonActionFactory / ActionFactory: what is done to an object. */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of the object path it stands for (0 when it is a plain value). */
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  /** ClientRequestContext._parseQueryOption: property names, "items/" already taken off. */
  QueryInfo?: { Select?: string[]; Expand?: string[]; Skip?: number; Top?: number };
}

/** ClientRequestBase.buildRequestMessageBodyAndRequestFlags. */
export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

/** What ClientRequestContext.processRequestExecutorResponseMessage reads. */
export interface ResponseBody {
  Results: ActionResult[];
  /** Trace actions that ran: office.js completes event registrations on them. */
  TraceIds?: number[];
  Error?: {
    Code: string;
    Message: string;
    HttpStatusCode: number;
    Location?: string;
    /** The failing action's index in Actions: office.js names the statement in debugInfo. */
    ActionIndex?: number;
  };
}

/** Keys of a response value office.js reads besides the properties (CommonConstants). */
export const Keys = {
  items: "_Items",
  referenceId: "_ReferenceId",
  idPrivate: "_Id",
  id: "Id",
} as const;

/** The header a request context carries to name its add-in control (Constants.officeControlId). */
export const CONTROL_ID_HEADER = "X-OfficeControlId";

/** GenericEventRegistration: the message category of events, and the target of workbook events. */
export const EVENT_CATEGORY = 65536;
export const EVENT_TARGET_WORKBOOK = "Workbook";
/** WorksheetCollection.onActivated's eventType. */
export const EVENT_WORKSHEET_ACTIVATED = 11;

/**
 * The web transport's errors for a payload over the limit (OSF.DDA.ErrorCodeManager: 5103, 5104),
 * which office.js turns into RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded
 * (RichApiMessageUtility.buildResponseOnError), with the strings of dist/en-us/office_strings.js.
 */
export const WEB_ERRORS = {
  requestTooLarge: {
    code: 5103,
    message:
      'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  },
  responseTooLarge: {
    code: 5104,
    message:
      'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  },
} as const;

/** CommonUtility.normalizeName: a wire name ("GetRange", "NumberFormat") as the JS member. */
export function memberName(wireName: string): string {
  return wireName.slice(0, 1).toLowerCase() + wireName.slice(1);
}

/** A JS property name as the response names it (`_scalarPropertyOriginalNames`: "values" → "Values"). */
export function wireName(member: string): string {
  return member.slice(0, 1).toUpperCase() + member.slice(1);
}
