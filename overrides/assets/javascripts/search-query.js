// 検索語の漢字の連なりの後ろに 〇 (U+3007、search の separator) を足してから検索の Worker に渡す (main.html)
const searchQuery = query => query.replace(/\p{sc=Han}+/gu, "$&\u3007")
self.Worker = class extends self.Worker {
  postMessage(message, ...rest) {
    // type 2 = QUERY (Material の SearchMessageType)
    super.postMessage(message?.type === 2 ? { ...message, data: searchQuery(message.data) } : message, ...rest)
  }
}
