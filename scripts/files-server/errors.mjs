// The errors the Azure Files service answers with: an HTTP status, the
// x-ms-error-code, the message text the service uses, and optional detail
// elements that go into the XML body beside <Code> and <Message>.
// Messages follow the service's own wording (including its typos, such as
// "specifed"), because clients and people grep for them.

export class StorageError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {Record<string, string>} [details] extra elements, e.g. { AuthenticationErrorDetail: '…' }
   */
  constructor(status, code, message, details = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

const authFailedMessage =
  'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.';

export const errors = {
  authenticationFailed: (detail) => new StorageError(403, 'AuthenticationFailed', authFailedMessage, detail ? { AuthenticationErrorDetail: detail } : {}),
  noAuthentication: () => new StorageError(401, 'NoAuthenticationInformation', 'Server failed to authenticate the request. Please refer to the information in the www-authenticate header.'),
  permissionMismatch: () => new StorageError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.'),
  resourceTypeMismatch: () => new StorageError(403, 'AuthorizationResourceTypeMismatch', 'This request is not authorized to perform this operation using this resource type.'),
  serviceMismatch: () => new StorageError(403, 'AuthorizationServiceMismatch', 'This request is not authorized to perform this operation using this service.'),
  protocolMismatch: () => new StorageError(403, 'AuthorizationProtocolMismatch', 'This request is not authorized to perform this operation using this protocol.'),
  authorizationFailure: () => new StorageError(403, 'AuthorizationFailure', 'This request is not authorized to perform this operation.'),
  bearerNotForShares: () =>
    new StorageError(403, 'FileOAuthManagementApiRestrictedToSrp', 'This API does not support bearer tokens. For OAuth, use the Storage Resource Provider APIs instead. Learn more: https://aka.ms/azurefiles/restapi.'),
  missingHeader: (name) => new StorageError(400, 'MissingRequiredHeader', "An HTTP header that's mandatory for this request is not specified.", { HeaderName: name }),
  invalidHeader: (name, value) =>
    new StorageError(400, 'InvalidHeaderValue', 'The value for one of the HTTP headers is not in the correct format.', { HeaderName: name, HeaderValue: value ?? '' }),
  invalidMetadata: () => new StorageError(400, 'InvalidMetadata', 'The metadata specified is invalid. It has characters that are not permitted.'),
  outOfRangeInput: () => new StorageError(400, 'OutOfRangeInput', 'One of the request inputs is out of range.'),
  invalidQuery: (name, value, reason) =>
    new StorageError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.', { QueryParameterName: name, QueryParameterValue: value ?? '', Reason: reason ?? '' }),
  outOfRangeQuery: (name, value) =>
    new StorageError(400, 'OutOfRangeQueryParameterValue', 'One of the query parameters specified in the request URI is outside the permissible range.', { QueryParameterName: name, QueryParameterValue: value ?? '' }),
  invalidResourceName: () => new StorageError(400, 'InvalidResourceName', 'The specifed resource name contains invalid characters.'),
  invalidUri: () => new StorageError(400, 'InvalidUri', 'The requested URI does not represent any resource on the server.'),
  resourceNotFound: () => new StorageError(404, 'ResourceNotFound', 'The specified resource does not exist.'),
  shareNotFound: () => new StorageError(404, 'ShareNotFound', 'The specified share does not exist.'),
  shareAlreadyExists: () => new StorageError(409, 'ShareAlreadyExists', 'The specified share already exists.'),
  parentNotFound: () => new StorageError(404, 'ParentNotFound', 'The specified parent path does not exist.'),
  resourceAlreadyExists: () => new StorageError(409, 'ResourceAlreadyExists', 'The specified resource already exists.'),
  resourceTypeMismatchOnPath: () => new StorageError(409, 'ResourceTypeMismatch', 'The specified resource type does not match the type of the existing resource.'),
  directoryNotEmpty: () => new StorageError(409, 'DirectoryNotEmpty', 'The specified directory is not empty.'),
  invalidRange: () => new StorageError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.'),
  md5Mismatch: (sent, computed) =>
    new StorageError(400, 'Md5Mismatch', 'The MD5 value specified in the request did not match with the MD5 value calculated by the server.', { UserSpecifiedMd5: sent, ServerCalculatedMd5: computed }),
  bodyTooLarge: () => new StorageError(413, 'RequestBodyTooLarge', 'The request body is too large and exceeds the maximum permissible limit.', { MaxLimit: '4194304' }),
  invalidPermission: () => new StorageError(400, 'FileInvalidPermission', 'The specified file permission is not valid.'),
  invalidPermissionKey: () => new StorageError(400, 'FileInvalidPermissionKey', 'The specified file permission key does not exist in the share.'),
  cannotVerifyCopySource: (status, detail) =>
    new StorageError(status >= 400 && status < 600 ? status : 400, 'CannotVerifyCopySource', detail ?? 'Could not verify the copy source within the specified time.'),
  notImplemented: (what) => new StorageError(501, 'NotImplemented', `The Azure Files stand-in does not implement this operation: ${what}.`),
  internal: (what) => new StorageError(500, 'InternalError', `The server encountered an internal error. Please retry the request. (${what})`),
};
